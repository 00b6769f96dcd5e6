"""Requirement cues: required, preferred or only mentioned, by sentence and by clause."""

from __future__ import annotations

import pytest

from resume_kit.structure.requirements import classify_mention, classify_requirement


@pytest.mark.parametrize(
    ("sentence", "section", "expected"),
    [
        ("You must have a PMP certification.", "about", "required"),
        ("PMP certification is required.", "responsibilities", "required"),
        ("Essential: stakeholder management.", "other", "required"),
        ("Minimum 3 years with Agile.", "header", "required"),
        ("Knowledge of ITIL is a requirement.", "header", "required"),
        ("Update the RAID log as required.", "responsibilities", "mentioned"),
        ("Familiarity with SAFe is a plus.", "requirements", "preferred"),
        ("Experience with Kanban is nice to have.", "requirements", "preferred"),
        ("CSM preferred.", "requirements", "preferred"),
        ("Ideally you know Jira.", "requirements", "preferred"),
        ("Bonus points for PRINCE2.", "requirements", "preferred"),
        ("Cloud experience is an advantage.", "requirements", "preferred"),
        ("A PMP is desired but not required.", "requirements", "preferred"),
        ("A degree is not required.", "requirements", "preferred"),
        ("Experience with Jira.", "requirements", "required"),
        ("Experience with Jira.", "preferred", "preferred"),
        ("Experience with Jira.", "responsibilities", "mentioned"),
        ("Annual bonus and pension.", "benefits", "mentioned"),
        ("Plus, you will mentor two coordinators.", "responsibilities", "mentioned"),
        # Letters IGNORECASE matches to ASCII ones (a long s from a scanned old font):
        ("Jira is a MUſT.", "responsibilities", "required"),
        ("Kanban is DESİRED.", "responsibilities", "preferred"),
    ],
)
def test_classify_requirement(sentence: str, section: str, expected: str) -> None:
    assert classify_requirement(sentence, section) == expected


@pytest.mark.parametrize(
    ("sentence", "skill", "expected"),
    [
        ("PMP required, CSM preferred.", "PMP", "required"),
        ("PMP required, CSM preferred.", "CSM", "preferred"),
        ("PMP preferred but at least CAPM.", "CAPM", "required"),
        ("PMP preferred but at least CAPM.", "PMP", "preferred"),
        ("Must have PMP, Jira; Scrum a plus.", "Jira", "required"),
        ("Must have PMP, Jira; Scrum a plus.", "Scrum", "preferred"),
        ("PMP and Jira are required, Scrum is a plus.", "PMP", "required"),
        ("Must know Jira (nice to have: Miro).", "Miro", "preferred"),
        ("Must know Jira (nice to have: Miro).", "Jira", "required"),
        # A sentence with one kind of cue keeps the whole-sentence rule.
        ("Jira, Confluence and Miro are a plus.", "Jira", "preferred"),
        ("Jira and Confluence are required.", "Confluence", "required"),
    ],
)
def test_a_mixed_cue_sentence_is_decided_clause_by_clause(
    sentence: str, skill: str, expected: str
) -> None:
    assert classify_mention(sentence, sentence.index(skill), "responsibilities") == expected
