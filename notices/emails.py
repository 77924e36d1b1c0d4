"""The e-mails Seloste sends about teams: an invitation, a request to approve a publish,
and the decision. Each is a template per language (templates/emails/<lang>/<name>.txt:
the first line is the subject, the rest the body), rendered in the recipient's language
and sent through Django's e-mail backend. The plain-text body is the template's output;
the HTML alternative escapes it, so names people typed cannot become markup or links."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, format_html, linebreaks

from .models import Invitation, PublishRequest, Role, User

logger = logging.getLogger(__name__)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _role_label(role: str, language: str) -> str:
    with translation.override(language):
        return str(Role(role).label) if role in Role.values else role


def render(name: str, *, language: str, context: dict) -> tuple[str, str, str]:
    """(subject, text, html) of template ``name`` in ``language``."""
    language = language if language in _languages() else _languages()[0]
    with translation.override(language):
        rendered = render_to_string(f"emails/{language}/{name}.txt", context)
    subject, _blank, body = rendered.strip().partition("\n")
    # A header must be one line whatever an organisation is called.
    subject = " ".join(subject.split())
    body = body.strip() + "\n"
    html = linebreaks(escape(body))
    # Only our own link becomes clickable: a web address typed into a name or a note must
    # not turn into a link in an e-mail that Seloste sent.
    url = context.get("url")
    if url:
        html = html.replace(escape(url), format_html('<a href="{}">{}</a>', url, url))
    return subject, body, html


def send(name: str, *, to: str, language: str, context: dict) -> bool:
    """Send one e-mail. A mail server that is down must not turn an invitation or an
    approval, already saved, into an error page: the failure is logged instead."""
    subject, text, html = render(name, language=language, context=context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to])
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:
        logger.exception("sending the %s e-mail failed", name)
        return False
    return True


def send_invitation(*, invitation: Invitation, token: str) -> None:
    send(
        "invitation",
        to=invitation.email,
        language=invitation.language,
        context={
            "organisation": invitation.organisation.name,
            "invited_by": invitation.invited_by_email,
            "role": _role_label(invitation.role, invitation.language),
            "url": _absolute(reverse("notices:invitation", kwargs={"token": token})),
            "expires_at": invitation.expires_at,
        },
    )


def send_approval_request(*, request: PublishRequest, recipients: list[User]) -> None:
    url = _absolute(reverse("notices:publish_request", kwargs={"pk": request.notice_id, "request_pk": request.pk}))
    for user in recipients:
        send(
            "approval_request",
            to=user.email,
            language=user.language,
            context={
                "organisation": request.notice.organisation.name,
                "notice": request.notice.title,
                "requested_by": request.requested_by_email,
                "note": request.note,
                "url": url,
            },
        )


def send_decision(*, request: PublishRequest) -> None:
    requester = request.requested_by
    if requester is None:
        return
    name = "request_approved" if request.status == PublishRequest.Status.APPROVED else "request_rejected"
    send(
        name,
        to=requester.email,
        language=requester.language,
        context={
            "organisation": request.notice.organisation.name,
            "notice": request.notice.title,
            "decided_by": request.decided_by_email,
            "reason": request.reason,
            "version": request.version.number if request.version_id else None,
            "url": _absolute(reverse("notices:publish_request", kwargs={"pk": request.notice_id, "request_pk": request.pk})),
        },
    )
