import os

# Settings read this before they are imported: tests may run without SECRET_KEY/DEBUG.
os.environ.setdefault("SELOSTE_TESTING", "1")
