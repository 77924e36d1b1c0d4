"""LocaleMiddleware: responses marked language_from_url lose only Accept-Language from Vary."""

from django.http import HttpResponse
from django.test import RequestFactory

from notices.middleware import LocaleMiddleware, language_from_url, remove_vary


def _through_middleware(view, accept_language="en"):
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    return LocaleMiddleware(view)(request)


def test_a_marked_response_keeps_its_other_vary_values_and_its_own_language():
    @language_from_url
    def view(request):
        response = HttpResponse("x")
        response["Vary"] = "Cookie, Origin"
        response["Content-Language"] = "fi"
        return response

    response = _through_middleware(view)

    assert response["Vary"] == "Cookie, Origin"
    assert response["Content-Language"] == "fi"


def test_a_marked_response_without_vary_gets_none_and_no_borrowed_language():
    response = _through_middleware(language_from_url(lambda request: HttpResponse("x")))

    assert not response.has_header("Vary")
    assert not response.has_header("Content-Language")


def test_an_unmarked_response_varies_on_accept_language_as_before():
    response = _through_middleware(lambda request: HttpResponse("x"))

    assert "Accept-Language" in response["Vary"]
    assert response["Content-Language"] == "en"


def test_remove_vary_is_case_insensitive():
    response = HttpResponse()
    response["Vary"] = "accept-language,Cookie"
    remove_vary(response, "Accept-Language")
    assert response["Vary"] == "Cookie"
