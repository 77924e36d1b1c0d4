"""Joint controllers (Art. 26): a notice can name several controllers, each with its
business ID, and must state the essence of their arrangement and whom to contact."""

from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller

PARTNER = {"id": "j1", "name": "Kukkatalo Oy", "business_id": "0112038-9", "country": "FI"}
ARRANGEMENT = {"fi": "Ylläpidämme kanta-asiakasohjelmaa yhdessä; kumpikin vastaa omien asiakkaidensa tiedoista.", "en": "We run the loyalty programme together; each of us is responsible for its own customers' data."}
CONTACT = {"fi": "Kaikki pyynnöt: tietosuoja@vihreaoksa.fi", "en": "All requests: tietosuoja@vihreaoksa.fi"}


def joint(*rows, arrangement=ARRANGEMENT, contact=CONTACT):
    answers = sample_answers()
    answers["notice"].update(joint_controllers=list(rows), joint_arrangement=arrangement, joint_contact=contact)
    return answers


def codes(answers):
    return {f.code for f in check_notice(answers=answers, controller=sample_controller())}


def test_joint_controllers_are_named_with_business_ids_arrangement_and_contact():
    fi = section_text(build_document(answers=joint(PARTNER), controller=sample_controller(), language="fi"), "joint_controllers")
    assert "Kukkatalo Oy (Y-tunnus 0112038-9)" in fi and "26 artikla" in fi
    assert ARRANGEMENT["fi"] in fi and CONTACT["fi"] in fi
    assert "kenen tahansa" in fi
    en = section_text(build_document(answers=joint(PARTNER), controller=sample_controller(), language="en"), "joint_controllers")
    assert "Kukkatalo Oy (business ID 0112038-9)" in en and "any of the controllers" in en
    assert build_document(answers=sample_answers(), controller=sample_controller(), language="fi").find("joint_controllers") is None


def test_checker_requires_the_essence_of_the_arrangement_and_a_contact_point():
    assert not codes(joint(PARTNER)) & {"joint_arrangement_missing", "joint_contact_missing", "joint_controller_incomplete"}
    assert "joint_arrangement_missing" in codes(joint(PARTNER, arrangement={}))
    assert "joint_contact_missing" in codes(joint(PARTNER, contact={}))


def test_each_joint_controller_needs_a_name_and_a_valid_business_id():
    assert "joint_controller_incomplete" in codes(joint({**PARTNER, "business_id": ""}))
    assert "joint_controller_incomplete" in codes(joint({**PARTNER, "business_id": "0112038-1"}))
    assert "joint_controller_incomplete" not in codes(joint({**PARTNER, "country": "SE", "business_id": "556036-0793"}))
