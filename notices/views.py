# The dashboard and organisation pages live in views_organisations.py.
