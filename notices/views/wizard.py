# Writing a notice: new notice, the wizard's steps, preview. The dashboard and
# organisation pages live in views/organisations.py.
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F, OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import permissions, services
from .. import status as note_status
from .. import wizard as wz
from ..content import builder, catalogues, plain
from ..content.adequacy import adequacy_from_db
from ..content.languages import pick
from ..content.steps import STEP_KEYS, STEP_LABELS
from ..content.templates import TEMPLATES_BY_CODE
from ..forms import NoticeCreateForm, NoticeTemplatesForm, ui_language
from ..limits import LimitReached, notice_size_problem
from ..memo import RecentlyUsed
from ..models import Notice, NoticeVersion, Organisation

# --- Notice wizard ---------------------------------------------------------------------
# Thin views over notices/wizard.py (which forms a step has, how answers map to them) and
# services.notice_create / notice_save_step. Every view filters with .for_user → 404.

logger = logging.getLogger(__name__)


def _user_notice(request, pk, *, latest_version: bool = False) -> Notice:
    """The member's notice (404 for anyone else), checked against the view's permission;
    with ``latest_version``, the number of its latest version too (None before the first)."""
    # The user's role from the membership row for_user joins anyway: no query of its own.
    member = Notice.objects.for_user(request.user).select_related("organisation").annotate(member_role=F("organisation__memberships__role"))
    if latest_version:
        member = member.annotate(latest_version=Subquery(NoticeVersion.objects.filter(notice=OuterRef("pk")).order_by("-number").values("number")[:1]))
    notice = get_object_or_404(member, pk=pk)
    permissions.remember_role(request.user, notice.organisation, notice.member_role)
    permissions.check(request, notice.organisation)
    return notice


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.create")
def notice_create(request, org_pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=org_pk)
    permissions.check(request, organisation)
    form = NoticeCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            notice = services.notice_create(
                organisation=organisation,
                title=form.cleaned_data["title"],
                languages=form.cleaned_data["languages"],
                templates=form.cleaned_data["templates"],
                by=request.user,
            )
        except LimitReached as reached:
            form.add_error(None, str(reached))
        else:
            return redirect("notices:wizard_step", pk=notice.pk, step=STEP_KEYS[0])
    return render(request, "notices/wizard/create.html", {"form": form, "organisation": organisation})


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.edit")
def notice_templates(request, pk):
    """Change which register templates the notice uses; the user's own answers stay."""
    notice = _user_notice(request, pk)
    current = [code for code in (notice.answers or {}).get("templates", []) if isinstance(code, str)]
    form = NoticeTemplatesForm(request.POST or None, initial={"templates": current})
    if request.method == "POST" and form.is_valid():
        services.notice_apply_templates(notice=notice, templates=form.cleaned_data["templates"], by=request.user)
        messages.success(request, _("Templates changed. Check the suggested steps and save each one."))
        return redirect("notices:wizard_step", pk=notice.pk, step="notice")
    return render(request, "notices/wizard/templates.html", {"form": form, "notice": notice})


@login_required
@require_http_methods(["POST"])
@permissions.org_view("notice.create")
def notice_duplicate(request, pk):
    notice = _user_notice(request, pk)
    copy = services.notice_duplicate(notice=notice, by=request.user)
    messages.success(request, _("A copy of the notice was made. It is a new draft with its own address."))
    return redirect("notices:wizard_step", pk=copy.pk, step=STEP_KEYS[0])


@login_required
@permissions.org_view("notice.edit")
def wizard(request, pk):
    notice = _user_notice(request, pk)
    return redirect("notices:wizard_step", pk=notice.pk, step=wz.resume_step(notice))


def _preview_language(request, notice, name="preview") -> str:
    languages = wz.notice_languages(notice)
    requested = request.GET.get(name, "")
    if requested in languages:
        return requested
    ui = ui_language()
    return ui if ui in languages else languages[0]


# The preview of the saved answers as HTML, per process, by what it is made from: moving
# between steps, reloading, or a second tab shows the same preview without building and
# rendering the notice again (issue 14: the preview was a third of a step page).
_previews = RecentlyUsed(200)


def _saved_preview_context(request, notice, name="preview") -> dict:
    language = _preview_language(request, notice, name)
    adequacy = adequacy_from_db()
    key = (
        notice.pk, notice.updated_at, notice.organisation_id, notice.organisation.updated_at, language,
        note_status.adequacy_fingerprint(adequacy), note_status.content_fingerprint(), timezone.localdate(),
    )  # fmt: skip
    body = _previews.get(key)
    if body is None:
        try:
            document = builder.build_document(answers=notice.answers or {}, controller=notice.organisation.snapshot(), language=language, adequacy=adequacy)
        except Exception:
            # The preview is a convenience: a builder bug must never cost the user the wizard.
            logger.exception("preview of notice %s failed", notice.pk)
            body = ""
        else:
            title = format_html('<p class="h5 mb-3" lang="{}">{}</p>\n', document.language, document.title)
            body = title + render_to_string("notices/document.html", {"document": document})
        _previews.put(key, body)
    return {"notice": notice, "preview_body": body, "preview_language": language, "preview_languages": wz.notice_languages(notice)}


def _findings(notice) -> list[dict]:
    # The findings stored when the answers were saved (notices/status.py): checking the
    # notice again was a third of the review page (issue 14). The same adequacy list as
    # publishing, so the review never promises what publish refuses.
    found = note_status.notice_findings(notice, adequacy=adequacy_from_db())
    language = ui_language()
    return [
        {
            "severity": finding["severity"],
            "message": pick(finding, language),
            "article": pick(finding.get("article"), language),
            "step": finding["step"] if finding["step"] in STEP_KEYS else "review",
            "step_label": STEP_LABELS.get(finding["step"], ""),
            "language": finding.get("language", ""),
        }
        for finding in found or []
    ]


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.edit")
def wizard_step(request, pk, step):
    # The review reads the stored findings, which are kept for the latest version's number.
    notice = _user_notice(request, pk, latest_version=step == "review")
    if step not in STEP_KEYS:
        raise Http404("no such step")
    handler = wz.get_step(notice, step)
    show_errors = False
    changed_rows = None
    if request.method == "POST":
        data = request.POST
        action = request.POST.get("action", "continue")
        row_action = request.POST.get("row_action", "")
        service_action = wz.parse_service_action(request.POST.get("service_action", "")) if step == "recipients" else None
        if service_action:
            data = _apply_service_action(request, notice, data, *service_action)
            notice.refresh_from_db()
            handler = wz.get_step(notice, step)
            row_action = "service"
        elif row_action:
            data, changed_rows, message = wz.apply_row_action(handler, data, row_action)
            if message:
                messages.warning(request, message)
        step_forms = handler.build(data)
        if not row_action:
            show_errors = True
            valid = step_forms.is_valid()
            if valid:
                handler.validate(step_forms)
                valid = step_forms.is_valid()
            too_large = _size_problem(notice, handler, step_forms) if valid else None
            if valid and not too_large:
                return _save_and_go(request, notice, handler, step_forms, action)
            # Either way nothing is saved and the page comes back with every typed value.
            messages.error(request, too_large or _("Some answers need fixing. See the messages next to the fields."))
        if request.htmx and changed_rows:
            rows = step_forms.rows[changed_rows]
            return render(request, "notices/wizard/_rows.html", {"rows": rows, "notice": notice, "step": step, "show_errors": False})
    else:
        # A GET writes nothing: where the user resumes is saved with each step (resume_at).
        step_forms = handler.build()
    nav = wz.step_nav(notice, step)
    context = {
        "notice": notice,
        "step": step,
        "handler": handler,
        "step_forms": step_forms,
        "forms": step_forms.forms,
        "rows": step_forms.rows,
        "show_errors": show_errors,
        "nav": nav,
        # Shown twice (the side column and the small screens' "All steps"): made once.
        "nav_html": render_to_string("notices/wizard/_nav.html", {"nav": nav, "notice": notice}),
        "step_number": STEP_KEYS.index(step) + 1,
        "step_count": len(STEP_KEYS),
        "step_label": STEP_LABELS[step],
        "previous_step": wz.neighbour(step, -1),
        "next_step": wz.neighbour(step, 1),
        "languages": handler.languages,
        "can": permissions.Rights(request.user, notice.organisation),
        **_template_context(notice, step),
        **handler.extra_context(),
        # The preview of the saved answers loads beside the form after the page (htmx,
        # hx-trigger="load"), from the preview page's fragment: building and rendering
        # the notice was most of a step page (issue 14). Without JavaScript the pane
        # links to the preview's own page, as on phones.
        "preview_pending": True,
        "preview_language": _preview_language(request, notice),
        "preview_languages": wz.notice_languages(notice),
    }
    if step == "review":
        context["findings"] = _findings(notice)
        context["summary"] = wz.summarise(notice)
    response = render(request, "notices/wizard/step.html", context, status=200)
    if request.htmx and request.method == "GET":
        response["HX-Push-Url"] = request.get_full_path()
    return response


def _template_context(notice, step) -> dict:
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    suggested = answers.get("suggested") if isinstance(answers.get("suggested"), list) else []
    language = ui_language()
    names = [
        TEMPLATES_BY_CODE[code].name[language] for code in answers.get("templates", []) if isinstance(code, str) and code in TEMPLATES_BY_CODE
    ] if isinstance(answers.get("templates"), list) else []
    return {"step_suggested": step in suggested, "suggested_count": len(suggested), "template_names": names}


def _recipient_ids(answers) -> set:
    items = (answers.get("recipients") or {}).get("items") if isinstance(answers, dict) and isinstance(answers.get("recipients"), dict) else []
    return {item.get("id") for item in items or [] if isinstance(item, dict) and str(item.get("id", "")).startswith("tpl-")}


def _apply_service_action(request, notice, data, kind, code):
    """Choose or remove a library service from the recipients step. Its rows in other steps
    are saved at once; on this page the typed rows stay as typed, plus or minus its row."""
    if kind == "add":
        try:
            row = services.notice_add_service(notice=notice, code=code, by=request.user)
        except services.UnknownService:
            messages.warning(request, _("That service is no longer in the list."))
            return data
        if row is not None:
            messages.success(request, _("Added: %(name)s. Its recipient, transfer and cookie details are filled in: check them.") % {"name": row["name"]})
            # A template's unnamed row the service replaced goes from the page too.
            saved = Notice.objects.get(pk=notice.pk).answers.get("recipients", {}).get("items", [])
            replaced = _recipient_ids(notice.answers) - {item.get("id") for item in saved if isinstance(item, dict)}
            return wz.drop_posted_rows(wz.apply_service_to_posted(data, added=row), "recipients", replaced)
        return data
    services.notice_remove_service(notice=notice, code=code, by=request.user)
    messages.success(request, _("Removed the service and the rows it added. Rows you typed yourself are kept."))
    return wz.apply_service_to_posted(data, removed=code)


def _size_problem(notice, handler, step_forms) -> str | None:
    """Whether saving this step would make the notice longer than a notice may be
    (notices.limits): checked here, where the user can still shorten what they typed."""
    if handler.key == "review":
        return None
    data = handler.to_data(step_forms)
    answers = dict(notice.answers) if isinstance(notice.answers, dict) else {}
    if handler.key == "controller":
        answers["contact"] = data.get("contact") or {}
    else:
        answers[handler.key] = data
    return notice_size_problem(answers)


def _save_and_go(request, notice, handler, step_forms, action):
    step = handler.key
    if action == "back":
        target = wz.neighbour(step, -1) or step
    elif action == "exit":
        target = step
    else:
        target = wz.neighbour(step, 1) or step
    if step != "review":
        services.notice_save_step(notice=notice, step=step, data=handler.to_data(step_forms), by=request.user, resume_at=target)
        messages.success(request, _("Saved."))
    if action == "exit":
        url = reverse("notices:dashboard")
        if request.htmx:
            # The dashboard is not part of the wizard's page: let the browser load it whole.
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return redirect(url)
    return redirect("notices:wizard_step", pk=notice.pk, step=target)


@login_required
@permissions.org_view("notice.view")
def notice_preview(request, pk):
    notice = _user_notice(request, pk)
    context = _saved_preview_context(request, notice, name="lang")
    context["step"] = request.GET.get("step") if request.GET.get("step") in STEP_KEYS else wz.resume_step(notice)
    # The pane beside the wizard's form loads this fragment (with its own controls).
    context["preview_param"] = "preview" if request.htmx and request.GET.get("pane") == "wizard" else "lang"
    template = "notices/wizard/_preview.html" if request.htmx else "notices/wizard/preview.html"
    return render(request, template, context)


@login_required
@require_http_methods(["GET"])
@permissions.org_view("notice.view")
def basis_helper(request, pk):
    """ "Help me choose" the legal basis: at most three yes/no questions, as a small GET form
    that works without JavaScript; the proposal links back to the purposes step."""
    notice = _user_notice(request, pk)
    language = ui_language()
    answers = {key: request.GET.get(key) for key, *_rest in plain.BASIS_HELPER_QUESTIONS if request.GET.get(key) in ("yes", "no")}
    questions = []
    for key, _basis, texts in plain.BASIS_HELPER_QUESTIONS:
        questions.append({"key": key, "text": plain.pick(texts, language), "value": answers.get(key, "")})
        if answers.get(key) != "no":
            break  # the next question matters only after a "no"
    proposal = plain.suggest_basis(answers)
    context = {"notice": notice, "questions": questions}
    if proposal:
        context.update(
            proposal=plain.question(plain.LEGAL_BASIS_QUESTIONS, proposal, language),
            proposal_term=plain.legal_term(catalogues.LEGAL_BASES, proposal, language),
            reason=plain.pick(plain.BASIS_HELPER_REASONS[proposal], language),
        )
    return render(request, "notices/wizard/basis_helper.html", context)
