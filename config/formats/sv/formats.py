"""Finland-Swedish dates and times: Swedish in Finland writes 2.12.2026 and 14.30, as
Finnish does, not Sweden's 2026-12-02 and 14:30. Formats not set here come from Django's sv."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y \k\l. G.i"
TIME_FORMAT = "G.i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y G.i"
