"""Intake: turning outside things (.eml/.msg mail, phone-call notes) into requests."""
