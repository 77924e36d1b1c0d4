"""What the dashboard says about a draft (how complete it is, what still needs doing, and
whether publishing now would change the public text), computed when the answers are saved
and stored on the notice (Notice.status), not once per notice on every page view (issue 14:
that cost ~2.4 ms a notice, 0.9 s for 300).

The stored status is valid for one ``status_key``: a digest of everything besides the
answers that the check and the comparison read — the app's wording (content_fingerprint:
the catalogues, texts, checker and builder), the admin's adequacy list, the controller's
details (Organisation.updated_at), the draft's last save (Notice.updated_at) and the
latest version's number. A page that finds a different key recomputes those rows in bulk
(statuses_for); ``manage.py upkeep`` does the same for every notice after a deploy."""

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from django.db.models import OuterRef, Subquery

from .content import languages as notice_languages

logger = logging.getLogger(__name__)

# The code and data whose change can change a check's findings or a draft's documents.
_WORDING = [Path(__file__).parent / "content", Path(__file__).parent / "publishing.py", Path(__file__).parent / "changes.py"]


@lru_cache(maxsize=1)
def content_fingerprint() -> str:
    """A digest of the app's wording (notices/content and the comparison), once per process."""
    digest = hashlib.sha256()
    for root in _WORDING:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.suffix in (".py", ".json"):
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def adequacy_fingerprint(adequacy) -> str:
    if adequacy is None:
        return "catalogue"
    return hashlib.sha256(repr([list(adequacy), adequacy.listed_on]).encode()).hexdigest()[:16]


# What a stored status holds (from_findings): a new format makes every stored key stale.
STATUS_FORMAT = "2"


def status_key(*, notice_updated_at, organisation_updated_at, latest_version: int | None, adequacy_fp: str) -> str:
    parts = [STATUS_FORMAT, content_fingerprint(), adequacy_fp, organisation_updated_at.isoformat(), notice_updated_at.isoformat(), str(latest_version or 0)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def languages_of(answers) -> list[str]:
    # Drafts are partial and may hold anything: read defensively (answers.py rules).
    part = answers.get("notice") if isinstance(answers, dict) else None
    chosen = part.get("languages") if isinstance(part, dict) else None
    if not isinstance(chosen, list):
        return []
    return notice_languages.known(chosen)


def from_findings(found, *, answers, unpublished_changes: bool | None) -> dict:
    """The status from check_notice's findings (None: the check failed)."""
    answers = answers if isinstance(answers, dict) else {}
    suggested = answers.get("suggested")
    status: dict = {
        "errors": None,
        "warnings": None,
        "findings": [],
        "unpublished_changes": unpublished_changes,
        # The row's other facts from the answers, so the dashboard need not load them.
        "languages": languages_of(answers),
        "suggested": len(suggested) if isinstance(suggested, list) else 0,
    }
    if found is not None:
        status["errors"] = sum(1 for f in found if f.severity == "error")
        status["warnings"] = sum(1 for f in found if f.severity == "warning")
        # Each message under its language code (read with languages.pick), and all the
        # review step shows with it, so that step reads the findings instead of checking.
        status["findings"] = [
            {
                "severity": f.severity,
                "step": f.step,
                "language": f.language,
                "article": {code: f.article(code) for code in notice_languages.CODES},
                **{code: f.message(code) for code in notice_languages.CODES},
            }
            for f in found
            if f.severity in ("error", "warning")
        ]
    return status


def compute_status(*, answers, controller: dict, adequacy, latest_version: int | None, published: dict | None) -> dict:
    """The dashboard's facts about one draft: the completeness check and, when it has been
    published, whether publishing now would change the public text. Findings keep both
    languages' messages, so the stored status serves a Finnish and an English page alike."""
    from . import publishing
    from .content import builder, checker

    answers = answers if isinstance(answers, dict) else {}
    # The check reads the built documents and so does the comparison: each language is
    # built once for both (a build was a tenth of saving a step).
    built: dict = {}

    def document(language):
        if language not in built:
            built[language] = builder.build_document(answers=answers, controller=controller, language=language, adequacy=adequacy)
        return built[language]

    try:
        found = checker.check_notice(answers=answers, controller=controller, adequacy=adequacy, document=document)
    except Exception:
        # A checker bug on one odd draft must not take the whole dashboard down.
        logger.exception("check_notice failed")
        found = None
    changed = None
    if latest_version is not None:
        try:
            changes = publishing.unpublished_changes(
                number=latest_version,
                published=published or {},
                answers=answers,
                controller=controller,
                adequacy=adequacy,
                build=lambda *, language, **_same: document(language),
            )
            changed = not changes.is_empty
        except Exception:
            logger.exception("Comparing a draft with its latest version failed")
    return from_findings(found, answers=answers, unpublished_changes=changed)


def store_published(*, notice, number: int, found, answers, adequacy) -> None:
    """After a publish: the draft is what was published (no unpublished changes) and its
    findings are the ones publish checked, so nothing needs computing again."""
    from .models import Notice

    status = from_findings(found, answers=answers, unpublished_changes=False)
    key = status_key(
        notice_updated_at=notice.updated_at,
        organisation_updated_at=notice.organisation.updated_at,
        latest_version=number,
        adequacy_fp=adequacy_fingerprint(adequacy),
    )
    Notice.objects.filter(pk=notice.pk).update(status=status, status_key=key)


def _with_latest(notices):
    from .models import NoticeVersion

    latest = NoticeVersion.objects.filter(notice=OuterRef("pk")).order_by("-number")
    return notices.annotate(status_latest_version=Subquery(latest.values("number")[:1]))


def refresh(notices, *, adequacy=None, adequacy_fp: str | None = None) -> dict[int, dict]:
    """Recompute and store the status of ``notices`` (Notice objects with their
    organisation, ``latest_version`` and the published documents annotated by
    publishing.with_latest_version). Returns {pk: status}."""
    from . import publishing
    from .models import Notice

    adequacy_fp = adequacy_fp or adequacy_fingerprint(adequacy)
    changed, out = [], {}
    snapshots: dict[int, dict] = {}
    for notice in notices:
        latest = getattr(notice, "latest_version", None)
        _recompute(
            notice,
            controller=snapshots.setdefault(notice.organisation.pk, notice.organisation.snapshot()),
            adequacy=adequacy,
            adequacy_fp=adequacy_fp,
            latest=latest,
            published=publishing.latest_documents(notice) if latest else None,
        )
        changed.append(notice)
        out[notice.pk] = notice.status
    if changed:
        Notice.objects.bulk_update(changed, ["status", "status_key"], batch_size=200)
    return out


def _recompute(notice, *, controller: dict, adequacy, adequacy_fp: str, latest: int | None, published: dict | None) -> None:
    notice.status = compute_status(answers=notice.answers, controller=controller, adequacy=adequacy, latest_version=latest, published=published)
    notice.status_key = status_key(
        notice_updated_at=notice.updated_at, organisation_updated_at=notice.organisation.updated_at, latest_version=latest, adequacy_fp=adequacy_fp
    )


def notice_status_refresh(*, notice_id: int, notice=None) -> dict:
    """Store one notice's status, after its answers, its versions or its controller changed.
    Called by the services that change them; costs one check and one comparison. A service
    that has just saved the notice passes it (with its organisation) as ``notice``: it is
    then not loaded again."""
    from .content.adequacy import adequacy_from_db
    from .models import Notice, NoticeVersion

    # The caller's transaction (every service is atomic): no savepoint of its own.
    if notice is None or notice.pk != notice_id:
        notice = Notice.objects.select_related("organisation").get(pk=notice_id)
    # The latest version in a query of its own, whole: cheaper than the notice annotated
    # with each language's document (publishing.with_latest_version), which SQLite and
    # PostgreSQL extract from the stored JSON once per language.
    latest = NoticeVersion.objects.filter(notice_id=notice_id).order_by("-number").values_list("number", "languages", "rendered").first()
    number, published = None, None
    if latest is not None:
        number, languages, rendered = latest
        published = _published_documents(languages, rendered)
    adequacy = adequacy_from_db()
    controller = notice.organisation.snapshot()
    _recompute(notice, controller=controller, adequacy=adequacy, adequacy_fp=adequacy_fingerprint(adequacy), latest=number, published=published)
    Notice.objects.filter(pk=notice_id).update(status=notice.status, status_key=notice.status_key)
    return notice.status


def _published_documents(languages, rendered) -> dict:
    """What publishing.latest_documents() reads from the annotations, from the version's
    fields: {language: its stored document or None}, for the output languages only."""
    from .content.languages import CODES

    languages = languages if isinstance(languages, list) else []
    rendered = rendered if isinstance(rendered, dict) else {}
    out = {}
    for lang in languages:
        part = rendered.get(lang) if lang in CODES else None
        out[lang] = part.get("json") if isinstance(part, dict) else None
    return out


def statuses_for(notices, *, adequacy) -> dict[int, dict]:
    """{pk: status} for the dashboard's ``notices`` (with ``latest_version`` annotated and
    their organisation loaded): the stored status where its key is current, the rest
    recomputed in one batch (one more query) and stored."""
    from . import publishing
    from .models import Notice

    adequacy_fp = adequacy_fingerprint(adequacy)
    out, stale = {}, []
    for notice in notices:
        key = status_key(
            notice_updated_at=notice.updated_at,
            organisation_updated_at=notice.organisation.updated_at,
            latest_version=notice.latest_version,
            adequacy_fp=adequacy_fp,
        )
        if notice.status_key == key and isinstance(notice.status, dict) and notice.status:
            out[notice.pk] = notice.status
        else:
            stale.append(notice.pk)
    if stale:
        fresh = list(publishing.with_latest_version(Notice.objects.filter(pk__in=stale).select_related("organisation")))
        out.update(refresh(fresh, adequacy=adequacy, adequacy_fp=adequacy_fp))
        keys = {notice.pk: notice.status_key for notice in fresh}
        for notice in notices:
            if notice.pk in keys:
                notice.status, notice.status_key = out[notice.pk], keys[notice.pk]
    return out


def notice_findings(notice, *, adequacy) -> list[dict] | None:
    """The stored findings of one draft (``notice`` with its organisation), recomputed and
    stored first when its status is out of date, as the dashboard does; None when the
    check failed. One small query (the latest version's number) where the status is current."""
    from .models import NoticeVersion

    if not hasattr(notice, "latest_version"):
        notice.latest_version = NoticeVersion.objects.filter(notice_id=notice.pk).order_by("-number").values_list("number", flat=True).first()
    status = statuses_for([notice], adequacy=adequacy)[notice.pk]
    return status["findings"] if status.get("errors") is not None else None


def refresh_stale(*, batch: int = 200) -> int:
    """Recompute every stored status whose key is out of date (after a deploy changed the
    wording, or the adequacy list changed). For ``manage.py upkeep``. Returns how many."""
    from . import publishing
    from .content.adequacy import adequacy_from_db
    from .models import Notice

    adequacy = adequacy_from_db()
    adequacy_fp = adequacy_fingerprint(adequacy)
    stale = []
    rows = _with_latest(Notice.objects.select_related("organisation")).only("pk", "updated_at", "status_key", "organisation__updated_at")
    for notice in rows.iterator(chunk_size=500):
        key = status_key(
            notice_updated_at=notice.updated_at,
            organisation_updated_at=notice.organisation.updated_at,
            latest_version=notice.status_latest_version,
            adequacy_fp=adequacy_fp,
        )
        if notice.status_key != key:
            stale.append(notice.pk)
    for start in range(0, len(stale), batch):
        chunk = stale[start : start + batch]
        refresh(
            list(publishing.with_latest_version(Notice.objects.filter(pk__in=chunk).select_related("organisation"))), adequacy=adequacy, adequacy_fp=adequacy_fp
        )
    return len(stale)
