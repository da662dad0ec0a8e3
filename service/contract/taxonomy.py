"""ACLED's event types and their sub-event types: the only values the service codes and accepts."""

from __future__ import annotations

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_TYPES: frozenset[str] = frozenset(s for subs in EVENT_TYPES.values() for s in subs)

BATTLES = "Battles"
REMOTE_VIOLENCE = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC_DEVELOPMENTS = "Strategic developments"


def coded(event_type: str, sub_event_type: str) -> tuple[str, str]:
    """An event type with one of its sub-event types; a pair the taxonomy does not have fails where it is named."""
    if sub_event_type not in EVENT_TYPES.get(event_type, ()):
        raise ValueError(f"{sub_event_type!r} is not a sub-event type of {event_type!r}")
    return event_type, sub_event_type
