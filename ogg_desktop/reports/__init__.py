"""PDF reports (reportlab), Qt-free: the police annex, the HR export, the employee's copy, the
platform notice. Every report embeds a Unicode font, carries page x of y, the case reference, a
confidentiality marking, the generation time and the app version, and has a bookmark outline."""
