"""The adequacy list kept by staff (AdequacyDecision) as a catalogue for the builder and
checker. The only database-touching module in notices.content: the builder and checker
stay pure and receive the result through their ``adequacy`` argument."""

from datetime import date

from . import catalogues
from .languages import CODES

# Staff re-check the Commission's list at least this often; older lists get a warning.
STALE_AFTER_MONTHS = 6


class DatedCatalogue(catalogues.Catalogue):
    """A catalogue that knows the date its list was last checked."""

    def __init__(self, *entries: catalogues.Entry, listed_on: date | None = None):
        super().__init__(*entries)
        self.listed_on = listed_on


def _add_months(value: date, months: int) -> date:
    month = value.month - 1 + months
    year, month = value.year + month // 12, month % 12 + 1
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(year, month, min(value.day, days[month - 1]))


def list_is_stale(listed_on: date | None, *, today: date) -> bool:
    """True when the list was last checked more than six months ago (or never)."""
    return listed_on is None or today > _add_months(listed_on, STALE_AFTER_MONTHS)


def adequacy_from_rows(rows, *, today: date | None = None) -> DatedCatalogue | None:
    """Rows with country/scope/decided_on/expires_on/listed_on → a dated catalogue; None when there are no rows.

    A decision past its expiry date no longer counts. The US entry keeps the
    certified-only flag, since its decision covers only companies certified under the
    Data Privacy Framework."""
    today = today or date.today()
    entries, dates, seen = [], [], False
    for row in rows:
        code = (row.country or "").upper()
        if not code:
            continue
        seen = True
        if row.listed_on:
            dates.append(row.listed_on)
        expires_on = getattr(row, "expires_on", None)
        if expires_on and expires_on < today:
            continue
        scope = row.scope if isinstance(row.scope, dict) else {}
        fallback = catalogues.ADEQUACY.get(code)
        # The admin's scope text per language, else the catalogue's label for the country.
        labels = {lang: scope.get(lang) or (fallback or catalogues.COUNTRIES.get(code) or catalogues.Entry(code, {})).label(lang) or code for lang in CODES}
        attrs = {"listed_on": row.listed_on}
        if row.decided_on:
            attrs["decided_on"] = row.decided_on
        if expires_on:
            attrs["expires_on"] = expires_on
        if code == "US" or (fallback and fallback.attrs.get("certified_only")):
            attrs["certified_only"] = True
        entries.append(catalogues.Entry(code, labels, attrs=attrs))
    if not seen:
        return None  # no table yet: the catalogue applies
    # Rows that have all expired give an empty list, not the catalogue's.
    return DatedCatalogue(*entries, listed_on=max(dates) if dates else None)


def adequacy_from_db() -> DatedCatalogue | None:
    """The active decisions in the admin-maintained table; None → use the catalogue."""
    from notices.models import AdequacyDecision

    return adequacy_from_rows(AdequacyDecision.objects.filter(active=True).order_by("country"))


def stale_list_date() -> date | None:
    """The date of the admin-maintained list when it needs re-checking, else None."""
    from django.db.models import Max
    from django.utils import timezone

    from notices.models import AdequacyDecision

    listed_on = AdequacyDecision.objects.filter(active=True).aggregate(latest=Max("listed_on"))["latest"]
    if listed_on is None:
        return None
    return listed_on if list_is_stale(listed_on, today=timezone.localdate()) else None
