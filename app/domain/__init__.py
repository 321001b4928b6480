"""Pure rules of Otinish: request types, statuses, deadlines, calendar, identifiers.

Nothing here imports Qt or touches files, the network or the database; every
function can be called from a REPL and tested without setup.
"""
