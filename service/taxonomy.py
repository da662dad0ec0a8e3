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
