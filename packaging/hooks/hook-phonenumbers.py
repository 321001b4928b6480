# Replaces pyinstaller-hooks-contrib's hook, which collects every phonenumbers submodule:
# we only parse and normalise numbers, so the geocoder, carrier and time-zone tables
# (40+ MB, excluded in otinish.spec) are left out without a warning for each of them.
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata",
           "phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
