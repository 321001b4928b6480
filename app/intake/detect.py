"""Guessing which rights a request asks for, and its language, from the words people use.

Requesters rarely quote Law No. 94-V: they write "удалите мой аккаунт", "келісімімді кері
қайтарамын" or "what data do you hold about me". This module matches stems of the phrase
families in the glossary ("How people phrase requests"), in Russian, Kazakh and English, and
returns request type codes in the register's fixed order. It only suggests: the operator
confirms the types when the request is logged. Words that appear in every request ("personal
data", "согласие" alone) deliberately trigger nothing. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from app.domain.vocab import REQUEST_TYPES

# The fixed order of detected types: the register's own order, without "other" (which is
# what nothing detected means).
TYPE_ORDER: tuple[str, ...] = tuple(t for t in REQUEST_TYPES if t != "other")

_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Latin look-alikes typed inside Cyrillic words (a Kazakh "і" typed as Latin "i" is very common
# on keyboards without a Kazakh layout), mapped to the Cyrillic letter the writer meant.
_LOOKALIKES = str.maketrans(
    {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к",
     "i": "і", "ə": "ә", "h": "һ", "ё": "е"}
)  # fmt: skip
_WORD = re.compile(r"\w+")


def _gap(n: int) -> str:
    """Return a pattern for up to ``n`` whole words (with punctuation) between two stems."""
    return rf"\W+(?:\w+\W+){{0,{n}}}"


def _near(first: str, second: str, n: int = 3) -> str:
    """Return a pattern for a word starting with ``first``, then within n words ``second``."""
    return rf"(?:{first})\w*{_gap(n)}(?:{second})"


def _compile(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# --- the phrase families ------------------------------------------------------------------------
# Each pattern is matched against lowercased text with "ё" folded to "е". \b and \w are Unicode
# aware, so "\bблокир" does not fire inside "разблокировать".

_DATA_RU = r"данн|сведени|информаци"
_DATA_EN = r"data\b|information\b|details\b|records?\b|personal\s+data"

# Asking to be given a copy of one's data is access, unless a structured or machine-readable
# format is asked for, which makes it portability; so these phrases count as access only when
# no portability phrase is found.
_ACCESS_GIVE = _compile(
    _near(r"\bкопи[юяией]", _DATA_RU, 3),
    # "предоставить подтверждение удаления данных" is a deletion request, not access.
    r"\bпредостав(?:ить|ьте|ите|ление|ления|лении)\W+(?:(?!подтвержд|уведомл|ответ)\w+\W+){0,2}"
    r"(?:данн|сведени|информаци|копи|перечен)",
    r"\bкөшірме\w*",
    r"(?:деректер|мәлімет|ақпарат)\w*\W+(?:\w+\W+)?(?:беру|беріңіз|ұсыну|ұсыныңыз)\w*",
    rf"\bcop(?:y|ies)\s+of\s+(?:\w+\W+){{0,3}}(?:{_DATA_EN}|everything)",
    rf"\bprovide\s+(?:me\s+)?(?:with\s+)?(?:\w+\W+){{0,2}}(?:{_DATA_EN}|a\s+copy)",
)
_ACCESS = _compile(
    # Russian
    _near(r"\bкаки[ех]|\bкакую|\bкакой", _DATA_RU + r"|персональн", 3),
    _near(r"\bознаком", _DATA_RU, 4),
    r"(?<!ограничить )(?<!ограничьте )(?<!закрыть )(?<!закройте )\bдоступ\w*\W+к\W+"
    r"(?:\w+\W+){0,2}(?:данн|сведени|информаци)",
    r"\b(?:храните|обрабатываете|используете|собираете)\s+ли\b",
    r"\b(?:есть|имеются|хранятся|обрабатываются)\s+ли\s+(?:у\s+вас\s+)?(?:\w+\s+){0,2}"
    r"(?:данн|сведени|информаци)",
    r"\bчто\s+(?:\w+\s+){0,2}(?:знаете|храните|известно)\s+обо\s+мне",
    r"\bс\s+какой\s+целью\b",
    # Kazakh
    _near(r"\bқандай", r"деректер|мәлімет|ақпарат|дербес", 3),
    _near(r"деректер|мәлімет|ақпарат", r"таныс", 1),
    # English
    rf"\b(?:what|which)\s+(?:\w+\W+){{0,3}}(?:{_DATA_EN})",
    r"\bwhat\s+(?:do|does)\s+(?:you|your\s+\w+)\s+(?:hold|store|keep|have|know|process)",
    r"\bdo\s+you\s+(?:hold|store|keep|have|process|collect)\s+(?:any\s+)?"
    r"(?:of\s+)?(?:my|personal|data|information)",
    rf"(?<!restrict )(?<!block )(?<!limit )\baccess\s+(?:to\s+)?(?:\w+\W+){{0,2}}(?:{_DATA_EN})",
    r"\b(?:subject\s+)?access\s+request",
)

_CORRECTION = _compile(
    # Russian
    r"\bисправ(?!н)\w*",
    _near(
        r"\b(?:измен(?:ить|ите|ение|ения|ений|ению)|помен|смен|обнов|актуализир|дополн(?:ить|ите))",
        r"номер|фамили|имя|имени|отчеств|адрес|данн|телефон|почт|e-?mail|сведени|паспорт"
        r"|реквизит|дат|контакт",
        3,
    ),
    r"\bвнес\w*\s+(?:\w+\s+)?изменени",
    _near(
        r"\b(?:неверн|неправильн|некорректн|ошибочн|устаревш|неточн|недостоверн)",
        r"данн|сведени|указан|записан|фамили|имя|номер|адрес|дат|информаци",
        2,
    ),
    _near(r"\bошибк", r"фамили|имен|данн|адрес|номер|дате|отчеств|сведени", 3),
    # Kazakh
    r"\bтүзет\w*",
    r"\bөзгерт\w*",
    r"\bжаңарт\w*",
    r"\bтолықтыр\w*",
    _near(r"\bқате", r"деректер|мәлімет|көрсетілген|жазылған|нөмір|аты|тег", 2),
    # English
    r"\bcorrect(?:s|ed|ing|ion|ions)?\b",
    r"\brectif\w*",
    r"\bamend\w*",
    _near(
        r"\b(?:update|change|fix)",
        r"details|data|information|name|surname|address|phone|number|e-?mail|record",
        3,
    ),
    _near(
        r"\b(?:wrong|incorrect|inaccurate|outdated|out\s+of\s+date|mistake)",
        r"data|details|information|name|surname|address|number|e-?mail|record|spelling",
        2,
    ),
    r"\b(?:is|are)\s+(?:wrong|incorrect|inaccurate|outdated|misspelt|misspelled)\b",
)

# Unblocking phrases are removed from the text before blocking is looked for: "снять
# блокирование" and "lift the restriction" contain the blocking words.
_UNBLOCKING = _compile(
    r"\bразблокир\w*",
    _near(r"\b(?:сн[яи]|отмен|прекрат|убер|убрать)", r"блокир|блокировк|ограничени", 2),
    _near(r"\bвозобнов", r"обработк|использовани", 2),
    r"\bбұғаттан\s+шығар\w*",
    r"\bбұғаттан\s+босат\w*",
    _near(r"\bбұғаттау", r"алып\s+таста|алу\b|алыңыз|тоқтат", 1),
    r"\bunblock\w*",
    r"\bun-block\w*",
    r"\bunfreez\w*",
    r"\b(?:lift|remove|end|cancel|release)\w*\s+(?:the\s+|this\s+|that\s+|my\s+|any\s+|all\s+)?"
    r"(?:block|blocking|restriction|restrictions|suspension)\b",
    _near(r"\bresum", r"processing|using", 2),
)
_BLOCKING = _compile(
    r"\bзаблокир\w*",
    r"\bблокир\w*",
    _near(r"\b(?:приостан|огранич)", r"обработк|использовани", 3),
    r"\bбұғатта\w*",
    r"\bтоқтата\s+тұр\w*",
    _near(r"\bөңдеу", r"шекте", 1),
    r"\bblock(?:s|ed|ing)?\b",
    r"\brestrict\w*",
    _near(r"\b(?:suspend|freez|pause)", r"processing|data|account|use", 2),
)

_DELETION = _compile(
    r"\bудал(?:ить|ите|ять|яйте|ение|ения|ению|ением|ении|ил|или|ила|ен|ена|ено|ены|им|ю)\b",
    r"\bуничтож\w*",
    r"\b(?:стереть|сотрите|стерли|стереть)\b",
    r"\bзабвени\w*",
    r"\bзабудьте\b",
    r"\bжо(?:ю|й)\w*",
    r"\bөшір\w*",
    r"\bdelet(?:e|es|ed|ing|ion)\b",
    r"\beras(?:e|es|ed|ing|ure)\b",
    r"\bdestroy\w*|\bdestruction\b",
    r"\bright\s+to\s+be\s+forgotten\b|\bforget\s+me\b",
    _near(r"\bremov", r"data|account|details|information|profile|records?\b|personal", 2),
)

_WITHDRAWAL = _compile(
    # Russian: a withdrawal verb near "согласие", in either order, or "не даю согласия".
    _near(r"\b(?:отозв|отзыв|отзов|отмен|аннулир|отказ)", r"согласи", 4),
    _near(r"\bсогласи", r"отозв|отзыв|отзов|отмен|аннулир", 6),
    r"\bне\s+(?:даю|дам|давал\w*|даем)\s+(?:\w+\s+){0,2}согласи",
    r"\bбольше\s+не\s+(?:\w+\W+){0,3}согласн?",
    _near(r"\bпрекрат(?:ить|ите|ения|ение)", r"обработк|использовани|рассылк", 3),
    r"\bотпи(?:сать|саться|шите|шитесь|шусь|ска|ски|ску)\b",
    # Kazakh
    _near(r"\bкелісім", r"(?:кері\s+)?(?:қайтар|шақыр)|бас\s+тарт", 3),
    _near(r"\bөңдеу", r"тоқтат(?!а\s+тұр)", 2),
    _near(r"\bжазылым", r"бас\s+тарт|шығ", 2),
    # English
    _near(r"\b(?:withdr[ae]w|revok|revocation|retract|rescind|cancel)", r"consent", 3),
    _near(r"\bconsent", r"withdr[ae]wn?|revoked|retracted|cancell?ed", 3),
    r"\bno\s+longer\s+(?:\w+\s+){0,2}consent",
    r"\bdo\s+not\s+consent\b|\bdon'?t\s+consent\b",
    r"\bunsubscrib\w*",
    _near(r"\bstop", r"processing|using\s+my|sending", 2),
)

_OBJECTION = _compile(
    _near(
        r"\bавтомат(?:ическ|изирован)",
        r"решени|обработк|принят|отказ|оценк|скоринг|профилир",
        2,
    ),
    r"\bвозраж\w*",
    _near(r"\bпротив\b", r"обработк|использовани|профилир", 2),
    r"\bскоринг\w*|\bпрофилировани\w*",
    r"\bқарсы(?:лық|мын|лығ|лы)\w*",
    _near(r"\bавтомат", r"шешім|өңдеу", 2),
    _near(r"\bautomat(?:ed|ic|ically|ion)", r"decision|processing|profiling|scoring", 2),
    r"\bobject(?:s|ed|ing)?\s+to\b|\bobjection\w*|\bi\s+object\b",
    r"\bprofiling\b",
    r"\bhuman\s+(?:review|intervention|decision)",
)

# "не возражаю против", "қарсылығым жоқ", "I do not object" agree rather than object; they are
# removed before objection is looked for.
_NOT_OBJECTING = _compile(
    r"\bне\s+(?:возраж\w*(?:\s+против)?|против)\b",
    r"\bқарсы(?:лық|лығ)\w*\s+жоқ\b",
    r"\bқарсы\s+емес\w*",
    r"\b(?:do\s+not|don'?t|not)\s+object\w*",
    r"\bno\s+objections?\b",
)

_PUBLIC_SOURCE = _compile(
    r"\bобщедоступн\w*",
    r"\bопубликова\w*|\bпубликаци\w*",
    r"\bв\s+открытом\s+доступе\b",
    _near(
        r"\b(?:размещ|выложен|выложил|выложили|разместил)",
        r"сайт|интернет|сети|справочник|доступ",
        4,
    ),
    r"\bжалпыға\s+қолжетімді\w*",
    r"\bжарияла\w*",
    r"\bpublicly\s+(?:available|accessible|visible)",
    r"\bpublic\s+(?:source|sources|directory|register|domain|profile)\b",
    r"\bpublish\w*|\bpublication\w*",
)

_PORTABILITY = _compile(
    r"\bмашиночитаем\w*",
    _near(r"\bструктурированн", r"формат|вид", 2),
    r"\bв\s+(?:\w+\s+)?формате\s+(?:csv|json|xml|xlsx?|excel)\b",
    r"\bвыгруз\w*",
    r"\bэкспорт\w*",
    _near(
        r"\b(?:передать|передайте|перенести|перенесите|перенос)",
        r"друг(?:ому|ой|ую)|ино(?:му|й)|нов(?:ому|ой)",
        3,
    ),
    r"\bмашинамен\s+оқылатын\w*",
    _near(r"\bқұрылымдалған", r"формат|түр", 1),
    r"\bportab\w*",
    r"\bmachine[\s-]*readable\b",
    _near(r"\bstructured", r"format|file|form", 2),
    _near(r"\bexport", r"data|information|details|account|history|records?\b", 2),
    r"\b(?:in|as)\s+(?:an?\s+)?(?:csv|json|xml|excel|spreadsheet)\b",
    _near(r"\bdownload", r"data|information|details|records?\b", 2),
    r"\btransfer\s+(?:\w+\W+){0,3}another\s+(?:company|provider|operator|service|controller)",
)


def _normalize(text: str) -> str:
    """Lowercase, fold "ё", fix Latin look-alikes in Cyrillic words and collapse whitespace."""
    lowered = text.lower()

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word

    return " ".join(_WORD.sub(fix, lowered.replace("ё", "е")).split())


def detect_types(text: str) -> list[str]:
    """Return the request type codes the text asks for, in the register's fixed order.

    The order is access, correction, blocking, unblocking, deletion, withdrawal, objection,
    public_source, portability. ``["other"]`` is returned when no phrase is recognised.
    """
    normalized = _normalize(text)
    found: set[str] = set()
    if _ACCESS.search(normalized):
        found.add("access")
    if _CORRECTION.search(normalized):
        found.add("correction")
    if _UNBLOCKING.search(normalized):
        found.add("unblocking")
    if _BLOCKING.search(_UNBLOCKING.sub(" ", normalized)):
        found.add("blocking")
    if _DELETION.search(normalized):
        found.add("deletion")
    if _WITHDRAWAL.search(normalized):
        found.add("withdrawal")
    if _OBJECTION.search(_NOT_OBJECTING.sub(" ", normalized)):
        found.add("objection")
    if _PUBLIC_SOURCE.search(normalized):
        found.add("public_source")
    if _PORTABILITY.search(normalized):
        found.add("portability")
    elif _ACCESS_GIVE.search(normalized):
        found.add("access")
    return [code for code in TYPE_ORDER if code in found] or ["other"]


def detect_language(text: str) -> str:
    """Return "kk" if the text has a Kazakh-specific letter, "ru" if any Cyrillic, else "en"."""
    if _KAZAKH_LETTERS.search(text):
        return "kk"
    if _CYRILLIC.search(text):
        return "ru"
    return "en"
