"""Failing and passing cases for the checker rules of issue 11 items 11-15 and the
"real notices" bullets, merged into test_checker.CASES (kept apart to merge cleanly)."""


def controller(key, value):
    def change(a, c):
        c[key] = value

    return change


CASES_I11B = {
    "supervisory_authority_unknown": (controller("country", "PT"), controller("country", "SE")),
}
