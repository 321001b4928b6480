"""The Jinja environment letter templates render in: sandboxed, with limits on size and time.

An operator's template is a file anyone with access to the user folder can change, so it
is treated as untrusted: Jinja's `SandboxedEnvironment` refuses `__class__`, `__mro__`
and the like (no code runs), and on top of it

- `range` makes at most :data:`MAX_RANGE` items;
- `*`, `**`, `%` and `+` and the calls a template makes are refused when their result
  would exceed :data:`MAX_OUTPUT` characters or items (`'A' * 10**9`, `'x'.ljust(10**9)`,
  `[1]|batch(10**9, 0)`); string `%` formatting is refused outright;
- the rendered text of each part is counted as it is produced;
- rendering stops after :data:`RENDER_SECONDS` whatever the template does (nested loops
  over anything): see :func:`time_limited`.

A template that hits a limit raises :class:`TemplateLimit`; app/letters/render.py
words it as one sentence naming the template.
"""

from __future__ import annotations

import ctypes
import operator
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

#: The most items `range` gives in a template (a letter lists a few rights or purposes).
MAX_RANGE = 10_000
#: The most characters one rendered part (the document, a header) may have, and the
#: largest string or list an expression may build.
MAX_OUTPUT = 5_000_000
#: The most seconds a letter may take to render (a default letter takes ~0.1 s).
RENDER_SECONDS = 5.0
#: The largest integer argument a call or filter may take (a width, a count).
MAX_ARGUMENT = 100_000

T = TypeVar("T")


class TemplateLimit(Exception):
    """A template went past a limit: *kind* is "size" or "time"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Timeout(BaseException):
    """Raised inside the rendering thread when time is up (a BaseException, so no
    `except Exception` in a library swallows it)."""


def _sized(value: Any) -> Any:
    if isinstance(value, str | bytes | list | tuple | dict) and len(value) > MAX_OUTPUT:
        raise TemplateLimit("size")
    return value


def _capped_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise SecurityError(f"range() of more than {MAX_RANGE} items")
    return rng


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ARGUMENT:
            raise SecurityError(f"an argument larger than {MAX_ARGUMENT}")


def _guard_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    # The value filtered comes first, after the context or environment Jinja passes to
    # filters marked for it.
    skip = 2 if hasattr(func, "jinja_pass_arg") else 1

    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[skip:], kwargs)
        if func is _REPLACE and len(args) >= 4:  # 'aaaa'|replace('a', 'aaaa') grows fast
            text, old, new = (str(a) for a in args[1:4])
            found = text.count(old) if old else len(text) + 1
            if len(text) + found * max(len(new) - len(old), 0) > MAX_OUTPUT:
                raise TemplateLimit("size")
        return _sized(func(*args, **kwargs))

    for attr in ("jinja_pass_arg",):  # keep Jinja's markers (context/environment filters)
        if hasattr(func, attr):
            setattr(guarded, attr, getattr(func, attr))
    return guarded


_REPLACE = jinja2.filters.FILTERS["replace"]
#: Filters a letter template has no use for and that can build huge or unsafe text.
_DROPPED_FILTERS = ("format", "xmlattr", "pprint", "urlize", "random")


class LetterSandbox(SandboxedEnvironment):
    """A sandboxed environment with limits (see the module)."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _capped_range
        self.filters = {name: _guard_filter(f) for name, f in self.filters.items()
                        if name not in _DROPPED_FILTERS}
        self.template_class = _CountedTemplate

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**":
            if isinstance(left, int | float) and isinstance(right, int | float) and (
                    abs(right) > 64 or abs(left) > 2**64):
                raise SecurityError("a power too large")
        elif op == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int) \
                        and len(seq) * n > MAX_OUTPUT:
                    raise TemplateLimit("size")
        elif op == "%" and isinstance(left, str):
            raise SecurityError("string formatting with %")
        result = {"*": operator.mul, "**": operator.pow, "%": operator.mod,
                  "+": operator.add}[op](left, right)
        return _sized(result)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_arguments(args, kwargs)
        return _sized(super().call(__context, __obj, *args, **kwargs))


class _CountedTemplate(jinja2.Template):
    """A template whose output is counted as it is produced (a runaway loop stops at
    :data:`MAX_OUTPUT` characters, not when memory runs out)."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        ctx = self.new_context(dict(*args, **kwargs))
        parts: list[str] = []
        size = 0
        try:
            for chunk in self.root_render_func(ctx):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise TemplateLimit("size")
                parts.append(chunk)
        except TemplateLimit:
            raise
        except Exception:
            self.environment.handle_exception()
        return self.environment.concat(parts)  # type: ignore[attr-defined]


def environment() -> LetterSandbox:
    """The environment letters render and are checked in: autoescape (a name with `&`
    survives), StrictUndefined (a misspelled field is an error, never a blank)."""
    return LetterSandbox(undefined=jinja2.StrictUndefined, autoescape=True)


def time_limited(work: Callable[[], T], seconds: float = RENDER_SECONDS) -> T:
    """Run *work* in this thread; stop it with :class:`TemplateLimit` ("time") if it
    runs past *seconds*.

    A timer thread raises an exception inside this thread (CPython's
    PyThreadState_SetAsyncExc), which interrupts any Python loop; C code that never returns
    to Python is prevented by the size limits above.
    """
    thread_id = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    active = [True]

    def expire() -> None:
        with lock:
            if active[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        timer.start()
        try:
            return work()
        finally:
            with lock:
                active[0] = False
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, None)  # none pending
            timer.cancel()
    except _Timeout:
        raise TemplateLimit("time") from None
