"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_event_types import ActorEventTypes
from .actor_page import ActorPage
from .article import Article
from .article_in import ArticleIn
from .article_status import ArticleStatus
from .evidence import Evidence
from .group import Group
from .health import Health
from .health_checks import HealthChecks
from .health_status import HealthStatus
from .incident import Incident
from .incident_actor import IncidentActor
from .incident_actor_role import IncidentActorRole
from .incident_date_precision_type_1 import IncidentDatePrecisionType1
from .incident_date_precision_type_2_type_1 import IncidentDatePrecisionType2Type1
from .incident_date_precision_type_3_type_1 import IncidentDatePrecisionType3Type1
from .incident_page import IncidentPage
from .incident_stats import IncidentStats
from .incident_stats_group_by import IncidentStatsGroupBy
from .list_incidents_format_type_1 import ListIncidentsFormatType1
from .list_incidents_format_type_2_type_1 import ListIncidentsFormatType2Type1
from .list_incidents_format_type_3_type_1 import ListIncidentsFormatType3Type1
from .list_incidents_sort import ListIncidentsSort
from .location import Location
from .location_page import LocationPage
from .location_precision import LocationPrecision
from .location_ref import LocationRef
from .location_ref_precision import LocationRefPrecision
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem

__all__ = (
    "Actor",
    "ActorEventTypes",
    "ActorPage",
    "Article",
    "ArticleIn",
    "ArticleStatus",
    "Evidence",
    "Group",
    "Health",
    "HealthChecks",
    "HealthStatus",
    "Incident",
    "IncidentActor",
    "IncidentActorRole",
    "IncidentDatePrecisionType1",
    "IncidentDatePrecisionType2Type1",
    "IncidentDatePrecisionType3Type1",
    "IncidentPage",
    "IncidentStats",
    "IncidentStatsGroupBy",
    "ListIncidentsFormatType1",
    "ListIncidentsFormatType2Type1",
    "ListIncidentsFormatType3Type1",
    "ListIncidentsSort",
    "Location",
    "LocationPage",
    "LocationPrecision",
    "LocationRef",
    "LocationRefPrecision",
    "Problem",
    "ProblemErrorsItem",
)
