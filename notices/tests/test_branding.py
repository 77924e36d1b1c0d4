"""Branding: the logo is validated and re-encoded (SVG, scripts, non-images, huge and
bomb images refused), the accent colour must read on white, and published notices show
both, with the business's name linking back to its site."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

from notices import branding
from notices.models import Branding
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]


def png(width=120, height=40, colour=(31, 78, 121, 255), text: dict | None = None) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGBA", (width, height), colour).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size (a decompression bomb's first bytes)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_a_png_is_re_encoded_without_its_metadata():
    data, width, height = branding.logo_reencode(png(text={"Comment": "<script>alert(1)</script>"}))
    assert data.startswith(b"\x89PNG") and (width, height) == (120, 40)
    assert b"script" not in data


def test_a_large_logo_is_scaled_down_to_the_stored_size():
    _data, width, height = branding.logo_reencode(png(1800, 600))
    assert (width, height) == branding.LOGO_BOX


def test_a_jpeg_is_accepted():
    out = io.BytesIO()
    Image.new("RGB", (50, 50), (10, 20, 30)).save(out, format="JPEG")
    assert branding.logo_reencode(out.getvalue())[0].startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "svg"),
        (b'<?xml version="1.0"?>\n<svg><rect/></svg>', "svg"),
        (b"%PDF-1.7 not an image", "invalid"),
        (b"GIF89a" + b"\x00" * 10, "invalid"),
        (png_declaring(50_000, 50_000), "pixels"),
        (png_declaring(3_900, 3_900), "pixels"),
        (b"\x89PNG" + b"\x00" * (branding.LOGO_MAX_BYTES + 1), "too_large"),
    ],
    ids=["svg-with-script", "svg-xml", "pdf", "broken-gif", "bomb", "too-many-pixels", "too-many-bytes"],
)
def test_bad_logos_are_refused_with_a_reason(data, code):
    with pytest.raises(ValidationError) as refused:
        branding.logo_reencode(data)
    assert refused.value.code == code


@pytest.mark.parametrize(("colour", "ok"), [("#1f4e79", True), ("#767676", True), ("#777777", False), ("#ffff00", False), ("blue", False), ("#12345", False)])
def test_accent_colours_must_read_on_white(colour, ok):
    if ok:
        assert branding.accent_clean(colour) == colour
    else:
        with pytest.raises(ValidationError):
            branding.accent_clean(colour)


def test_the_branding_page_refuses_a_light_colour_next_to_the_field(client, user, version):
    organisation = version.notice.organisation
    client.force_login(user)
    response = client.post(reverse("notices:organisation_branding", kwargs={"pk": organisation.pk}), {"accent": "#ffff00"})
    html = response.content.decode()
    assert response.status_code == 200 and "invalid-feedback" in html and 'value="#ffff00"' in html
    assert not Branding.objects.filter(organisation=organisation, accent="#ffff00").exists()


def test_published_notices_show_the_logo_and_the_accent(client, user, version):
    organisation = version.notice.organisation
    client.force_login(user)
    upload = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    response = client.post(reverse("notices:organisation_branding", kwargs={"pk": organisation.pk}), {"accent": "#0B5D1E", "logo": upload})
    assert response.status_code == 302
    client.logout()
    slug = version.notice.public_slug
    page = client.get(reverse("notices:public_notice", kwargs={"slug": slug})).content.decode()
    css_url = reverse("notices:public_brand_css", kwargs={"slug": slug})
    assert f'href="{css_url}"' in page
    css = client.get(css_url).content.decode()
    assert "--pn-accent: #0b5d1e" in css and 'url("logo.png")' in css
    logo = client.get(reverse("notices:public_logo", kwargs={"slug": slug}))
    assert logo["Content-Type"] == "image/png" and logo.content.startswith(b"\x89PNG")


def test_without_branding_the_files_are_empty_or_absent(client, version):
    slug = version.notice.public_slug
    assert client.get(reverse("notices:public_brand_css", kwargs={"slug": slug})).content.strip() == b""
    assert client.get(reverse("notices:public_logo", kwargs={"slug": slug})).status_code == 404


def test_another_users_branding_page_is_404(client, version):
    client.force_login(UserFactory())
    assert client.get(reverse("notices:organisation_branding", kwargs={"pk": version.notice.organisation.pk})).status_code == 404


def test_the_business_name_links_to_its_own_site(client, user):
    notice = make_notice(user)
    publish(notice, user)
    page = client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug})).content.decode()
    assert '<p class="pn-org"><a href="https://www.vihreaoksa.fi" rel="noopener">Vihreä Oksa Oy</a></p>' in page
