"""`python -m app.cli`: run the command line."""

from . import main

raise SystemExit(main())
