"""Failing and passing cases for the checker rules of issue 11 items 11-15 and the
"real notices" bullets, merged into test_checker.CASES (kept apart to merge cleanly)."""


def controller(key, value):
    def change(a, c):
        c[key] = value

    return change


def categories(**values):
    def change(a, c):
        a["categories"].update(values)

    return change


def identity_code(basis):
    def change(a, c):
        a["categories"]["items"].append({"id": "c-hetu", "code": "personal_identity_code"})
        if basis:
            a["categories"]["identity_code_basis"] = basis

    return change


CRIMINAL = {"criminal": True, "criminal_description": {"fi": "Rikosrekisteriote", "en": "Criminal record extract"}}

def recipient(**values):
    def change(a, c):
        a["recipients"]["items"].append({"id": "r-x", "kind": "logistics", "name": "Kuljetus Oy", "role": "controller", **values})

    return change


def contact(**values):
    def change(a, c):
        a["contact"] = values

    return change


CASES_I11B = {
    "supervisory_authority_unknown": (controller("country", "PT"), controller("country", "SE")),
    "criminal_without_national_basis": (categories(**CRIMINAL), categories(**CRIMINAL, criminal_basis="legal_claims")),
    "criminal_basis_law_unnamed": (
        categories(**CRIMINAL, criminal_basis="law"),
        categories(**CRIMINAL, criminal_basis="law", criminal_basis_details={"fi": "Laki X", "en": "Act X"}),
    ),
    "recipient_country_missing": (recipient(frequency="regular", country=""), recipient(frequency="occasional", country="")),
    "contact_person_unreachable": (contact(name="Laura Virtanen"), contact(name="Laura Virtanen", phone="040 123 4567")),
    "identity_code_without_basis": (identity_code(""), identity_code("consent")),
}
