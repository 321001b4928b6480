"""The default letter templates (`*.docx`) and the script that builds them.

A regular package, not a bare folder, so `letter_templates.layout` and
`letter_templates.texts` are found as this folder's modules even when another folder of
the same name (a user's own templates) is on the path; the app reads only the .docx files.
"""
