"""The adequacy list kept by staff (AdequacyDecision) as a catalogue for the builder and
checker. The only database-touching module in notices.content: the builder and checker
stay pure and receive the result through their ``adequacy`` argument."""

from datetime import date

from . import catalogues


class DatedCatalogue(catalogues.Catalogue):
    """A catalogue that knows the date its list was last checked (shown in the notice)."""

    def __init__(self, *entries: catalogues.Entry, listed_on: date | None = None):
        super().__init__(*entries)
        self.listed_on = listed_on


def adequacy_from_rows(rows) -> DatedCatalogue | None:
    """Rows with country/scope/decided_on/listed_on → a dated catalogue; None when empty.

    The US entry keeps the certified-only flag, since its decision covers only companies
    certified under the Data Privacy Framework."""
    entries, dates = [], []
    for row in rows:
        code = (row.country or "").upper()
        if not code:
            continue
        scope = row.scope if isinstance(row.scope, dict) else {}
        fi = scope.get("fi") or catalogues.COUNTRIES.label(code, "fi")
        en = scope.get("en") or catalogues.COUNTRIES.label(code, "en")
        attrs = {"decided_on": row.decided_on} if row.decided_on else {}
        fallback = catalogues.ADEQUACY.get(code)
        if code == "US" or (fallback and fallback.attrs.get("certified_only")):
            attrs["certified_only"] = True
        entries.append(catalogues.Entry(code, fi, en, attrs=attrs))
        if row.listed_on:
            dates.append(row.listed_on)
    if not entries:
        return None
    return DatedCatalogue(*entries, listed_on=max(dates) if dates else None)


def adequacy_from_db() -> DatedCatalogue | None:
    """The active decisions in the admin-maintained table; None → use the catalogue."""
    from notices.models import AdequacyDecision

    return adequacy_from_rows(AdequacyDecision.objects.filter(active=True).order_by("country"))
