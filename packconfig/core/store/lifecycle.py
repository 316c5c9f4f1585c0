"""The quote lifecycle, as pure rules the register enforces in its transactions.

Each issued revision has a *stage*: ``draft`` (numbered, not yet sent) -> ``sent`` ->
``accepted`` | ``rejected`` | ``expired``. Separately, a revision is ``issued`` (the
latest) or ``superseded`` (a later revision exists). Rules, learnt from other quoting
tools' bug trackers:

* Only the latest revision changes stage; a superseded revision can never be accepted.
* ``accepted`` and ``rejected`` are final: expiry never overwrites them.
* An accepted quote is locked: an ordinary new revision is refused; only an explicit
  *amend* makes one (the accepted revision stays accepted, and superseded).
* Setting the stage a revision already has changes nothing (a retried click is safe).
* Every change is recorded in the status history with who and when.
"""

from __future__ import annotations

from packconfig.core.errors import InputError

STAGES = ("draft", "sent", "accepted", "rejected", "expired")
#: What the register browser filters on: the stages plus "superseded".
LIFECYCLE = (*STAGES, "superseded")
FINAL = frozenset({"accepted", "rejected"})
ALLOWED: dict[str, frozenset[str]] = {
    "draft": frozenset({"sent", "expired"}),
    "sent": frozenset({"accepted", "rejected", "expired"}),
    "expired": frozenset(),  # re-quote with a new revision (new validity)
    "accepted": frozenset(),
    "rejected": frozenset(),
}


def check_stage(stage: str) -> str:
    if stage not in STAGES:
        raise InputError(f"unknown quote status {stage!r}; choose from {', '.join(STAGES)}"
                         ).coded("stage_unknown", got=stage, known=list(STAGES))
    return stage


def check_change(label: str, status: str, old: str, new: str) -> bool:
    """Whether moving revision ``label`` (revision state ``status``: issued or
    superseded) from stage ``old`` to ``new`` is allowed; ``False`` means "already
    there, nothing to do"; a forbidden change raises a coded :class:`InputError`."""
    check_stage(new)
    if status == "superseded":
        raise InputError(f"{label} has been superseded by a later revision; change the "
                         "latest revision instead").coded("stage_superseded", label=label)
    if new == old:
        return False
    if old in FINAL:
        raise InputError(f"{label} is {old}: its status is final (amend it to make a new "
                         "revision)").coded("stage_final", label=label, old=old, new=new)
    if new not in ALLOWED[old]:
        raise InputError(f"{label} cannot go from {old} to {new}").coded(
            "stage_forbidden", label=label, old=old, new=new)
    return True


def check_revisable(label: str, stage: str, *, amend: bool) -> None:
    """A new revision of a quote whose latest revision is at ``stage``: refused for an
    accepted quote unless this is an explicit amend."""
    if stage == "accepted" and not amend:
        raise InputError(f"{label} is accepted and locked; amend it to make a new revision"
                         ).coded("quote_locked", label=label)


def lifecycle(status: str, stage: str) -> str:
    """One word for a revision: its stage, or ``superseded``."""
    return "superseded" if status == "superseded" else stage
