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


def subjects(*codes, **notice):
    def change(a, c):
        a["notice"]["data_subjects"] = list(codes)
        a["notice"].update(notice)

    return change


def both(*changes):
    def change(a, c):
        for one in changes:
            one(a, c)

    return change


def sources(*codes):
    def change(a, c):
        a["sources"]["items"] = list(codes)

    return change


def all_bases(basis):
    def change(a, c):
        for purpose in a["purposes"]:
            purpose["legal_basis"] = basis

    return change


PARTNER = {"id": "j1", "name": "Kukkatalo Oy", "business_id": "0112038-9", "country": "FI"}


def joint(row=PARTNER, arrangement=True, contact=True):
    def change(a, c):
        a["notice"]["joint_controllers"] = [row]
        if arrangement:
            a["notice"]["joint_arrangement"] = {"fi": "Yhdessä", "en": "Together"}
        if contact:
            a["notice"]["joint_contact"] = {"fi": "info@vihreaoksa.fi", "en": "info@vihreaoksa.fi"}

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
    # The sample has a consent-based newsletter: with job applicants that warns.
    "employment_consent": (subjects("job_applicants"), both(subjects("job_applicants"), all_bases("contract"))),
    "employment_other_sources": (both(subjects("employees"), sources("data_subject", "partners")), both(subjects("employees"), sources("data_subject"))),
    "children_guardian_consent_missing": (subjects("children_under_13"), subjects("children_under_13", guardian_consent=True)),
    "children_plain_language": (subjects("children_under_13", guardian_consent=True), subjects("customers")),
    "joint_controller_incomplete": (joint({**PARTNER, "business_id": "0112038-1"}), joint()),
    "joint_arrangement_missing": (joint(arrangement=False), joint()),
    "joint_contact_missing": (joint(contact=False), joint()),
    "identity_code_without_basis": (identity_code(""), identity_code("consent")),
}
