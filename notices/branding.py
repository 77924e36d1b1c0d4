"""Branding of published notices: the logo upload (validated and re-encoded, never fetched
from a URL, never SVG) and the accent colour (refused unless it reads well on white).

Everything that leaves here was produced by Pillow from decoded pixels: no byte of the
uploaded file (metadata, scripts, polyglot payloads) is ever served."""

import io
import re
import warnings

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from . import permissions
from .models import Branding, Organisation
from .services import audit_record

LOGO_MAX_BYTES = 1024 * 1024  # the upload
LOGO_MAX_SIDE = 4000  # declared pixel size: refused before decoding (image bombs)
LOGO_MAX_PIXELS = 12_000_000
LOGO_BOX = (600, 200)  # what is stored and shown, at most
ACCEPTED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text: links and the language pills use it


def logo_reencode(data: bytes) -> tuple[bytes, int, int]:
    """The uploaded image as a fresh PNG (at most LOGO_BOX), or ValidationError."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo file is too large. The limit is 1 MB."), code="too_large")
    head = data[:512].lstrip().lower()
    if head.startswith(b"<") or b"<svg" in data[:4096].lower():
        raise ValidationError(_("SVG images are not accepted. Upload the logo as PNG, JPEG or WebP."), code="svg")
    with warnings.catch_warnings():
        # Pillow warns about oversized images before it raises; treat both as a refusal.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(_("Upload the logo as PNG, JPEG or WebP."), code="format")
            width, height = image.size
            if width > LOGO_MAX_SIDE or height > LOGO_MAX_SIDE or width * height > LOGO_MAX_PIXELS:
                raise ValidationError(_("The logo's pixel size is too large. Use an image of at most 4000 × 4000 pixels."), code="pixels")
            image.seek(0)
            image.load()
            image = image.convert("RGBA")
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValidationError(_("The logo's pixel size is too large. Use an image of at most 4000 × 4000 pixels."), code="pixels") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ValidationError(_("This file is not an image Seloste can read. Upload the logo as PNG, JPEG or WebP."), code="invalid") from None
    image.thumbnail(LOGO_BOX)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), image.width, image.height


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_on_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


def accent_clean(value: str) -> str:
    """"" (the default colour) or a #rrggbb colour with enough contrast on white."""
    value = (value or "").strip()
    if not value:
        return ""
    if not HEX_COLOUR.match(value):
        raise ValidationError(_("Give the colour as #rrggbb, e.g. #1f4e79."), code="format")
    ratio = contrast_on_white(value)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _("This colour is too light to read on white (contrast %(ratio)s:1, at least 4.5:1 is needed). Choose a darker shade.")
            % {"ratio": f"{ratio:.1f}"},
            code="contrast",
        )
    return value.lower()


@transaction.atomic
def organisation_set_branding(*, organisation: Organisation, by, logo: bytes | None = None, remove_logo: bool = False, accent: str | None = None) -> Branding:
    """Change the logo and/or accent colour. ``logo`` is the raw upload; it is re-encoded."""
    permissions.require(by, "organisation.edit", organisation)
    branding, _created = Branding.objects.select_for_update().get_or_create(organisation=organisation)
    changed = []
    if logo is not None:
        branding.logo, branding.logo_width, branding.logo_height = logo_reencode(logo)
        changed.append("logo")
    elif remove_logo and branding.logo:
        branding.logo, branding.logo_width, branding.logo_height = b"", 0, 0
        changed.append("logo")
    if accent is not None:
        clean = accent_clean(accent)
        if clean != branding.accent:
            branding.accent = clean
            changed.append("accent")
    if changed:
        branding.save()
        audit_record(organisation=organisation, actor=by, action="branding_updated", detail={"fields": changed})
    return branding
