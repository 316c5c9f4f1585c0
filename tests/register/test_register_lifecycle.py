"""The quote lifecycle: rules one by one, then property-based (hypothesis stateful):
no sequence of issue / revise / amend / status changes / expiry accepts a superseded
revision or un-accepts an accepted one, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from packconfig.core.commerce.quote import revise
from packconfig.core.errors import InputError
from packconfig.core.store.lifecycle import ALLOWED, FINAL, STAGES
from packconfig.core.store.register import Register


def test_rules_one_by_one(register_url, draft):
    with Register(register_url) as reg:
        q = reg.issue(draft)
        assert reg.entry(q.number).stage == "draft"
        with pytest.raises(InputError) as info:
            reg.set_status(q.number, "accepted")  # not sent yet
        assert info.value.code == "stage_forbidden"
        assert reg.set_status(q.number, "sent") is True
        assert reg.set_status(q.number, "sent") is False  # a retried click changes nothing
        r1 = reg.issue(revise(reg.get(q.number), notes="new price"))
        with pytest.raises(InputError) as info:
            reg.set_status(q.number, "accepted", revision=0)
        assert info.value.code == "stage_superseded"
        reg.set_status(q.number, "sent")
        reg.set_status(q.number, "accepted", note="PO 4711")
        assert reg.expire_due(dt.date(2030, 1, 1)) == []  # expiry never overwrites accepted
        for stage in ("rejected", "expired", "sent"):
            with pytest.raises(InputError) as info:
                reg.set_status(q.number, stage)
            assert info.value.code == "stage_final"
        with pytest.raises(InputError) as info:
            reg.issue(revise(reg.get(q.number), notes="sneaky"))
        assert info.value.code == "quote_locked"
        r2 = reg.amend(q.number)
        assert (r2.revision, reg.entry(q.number, 1).stage) == (2, "accepted")
        assert reg.entry(q.number, 1).lifecycle == "superseded"
        assert reg.get(q.number, 2).notes == r1.notes
        history = [(h.revision, h.old, h.new, h.note) for h in reg.history(q.number)]
        assert history == [(0, None, "draft", ""), (0, "draft", "sent", ""),
                           (0, "sent", "superseded", ""), (1, None, "draft", ""),
                           (1, "draft", "sent", ""), (1, "sent", "accepted", "PO 4711"),
                           (1, "accepted", "superseded", ""), (2, None, "draft", "amended")]
        other = reg.issue(draft)
        reg.set_status(other.number, "sent")
        assert reg.expire_due(other.valid_until) == []  # valid through its last day
        assert reg.expire_due(other.valid_until + dt.timedelta(days=1)) == [
            f"{q.number} R2", f"{other.number} R0"]
        assert reg.entry(other.number).stage == "expired"
        with pytest.raises(InputError) as info:
            reg.set_status(other.number, "bogus")
        assert info.value.code == "stage_unknown"


class Lifecycle(RuleBasedStateMachine):
    """Model: number -> [[status, stage], ...] per revision, kept by the rules below
    independently of the register's code; compared after every step."""

    url: str = ""
    draft = None

    @initialize()
    def open(self) -> None:
        self.reg = Register(self.url)
        self.model: dict[str, list[list[str]]] = {}
        self.accepted: set[tuple[str, int]] = set()

    def teardown(self) -> None:
        self.reg.close()

    @rule()
    def issue(self) -> None:
        q = self.reg.issue(self.draft)
        self.model[q.number] = [["issued", "draft"]]

    @precondition(lambda self: self.model)
    @rule(pick=st.integers(0, 50), amend=st.booleans())
    def new_revision(self, pick: int, amend: bool) -> None:
        number = sorted(self.model)[pick % len(self.model)]
        revs = self.model[number]
        if amend:
            self.reg.amend(number)
        elif revs[-1][1] == "accepted":
            with pytest.raises(InputError) as info:
                self.reg.issue(revise(self.reg.get(number)))
            assert info.value.code == "quote_locked"
            return
        else:
            self.reg.issue(revise(self.reg.get(number)))
        for rev in revs:
            rev[0] = "superseded"
        revs.append(["issued", "draft"])

    @precondition(lambda self: self.model)
    @rule(pick=st.integers(0, 50), which=st.integers(0, 5), stage=st.sampled_from(STAGES))
    def set_status(self, pick: int, which: int, stage: str) -> None:
        number = sorted(self.model)[pick % len(self.model)]
        revs = self.model[number]
        index = which % len(revs)
        status, old = revs[index]
        if status == "superseded":
            expected = "stage_superseded"
        elif old == stage:
            expected = None
        elif old in FINAL:
            expected = "stage_final"
        elif stage not in ALLOWED[old]:
            expected = "stage_forbidden"
        else:
            expected = "ok"
        if expected in (None, "ok"):
            changed = self.reg.set_status(number, stage, revision=index)
            assert changed is (expected == "ok")
            revs[index][1] = stage
            if stage == "accepted":
                self.accepted.add((number, index))
        else:
            with pytest.raises(InputError) as info:
                self.reg.set_status(number, stage, revision=index)
            assert info.value.code == expected

    @rule(late=st.booleans())
    def expire(self, late: bool) -> None:
        day = dt.date(2026, 5, 1) if late else dt.date(2026, 3, 15)
        self.reg.expire_due(day)
        if late:
            for revs in self.model.values():
                if revs[-1][0] == "issued" and revs[-1][1] in ("draft", "sent"):
                    revs[-1][1] = "expired"

    @invariant()
    def register_matches_model(self) -> None:
        if not getattr(self, "model", None):
            return
        for number, revs in self.model.items():
            got = [[e.status, e.stage] for e in self.reg.revisions(number)]
            assert got == revs, number

    @invariant()
    def accepted_stays_accepted(self) -> None:
        for number, index in getattr(self, "accepted", ()):
            assert self.reg.entry(number, index).stage == "accepted"
            changes = [h.new for h in self.reg.history(number) if h.revision == index]
            assert changes[changes.index("accepted") + 1:] in ([], ["superseded"])


def test_no_sequence_accepts_a_superseded_revision_or_unaccepts(register_url, draft):
    Lifecycle.url, Lifecycle.draft = register_url, draft
    examples = 40 if register_url.startswith("sqlite") else 25  # a server round trip each
    run_state_machine_as_test(Lifecycle, settings=settings(
        max_examples=examples, stateful_step_count=25, deadline=None,
        suppress_health_check=list(HealthCheck)))
