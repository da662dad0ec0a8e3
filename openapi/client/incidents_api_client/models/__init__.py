"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_event_types import ActorEventTypes
from .actor_page import ActorPage
from .article import Article
from .article_in import ArticleIn
from .article_language_source_type_1 import ArticleLanguageSourceType1
from .article_language_source_type_2_type_1 import ArticleLanguageSourceType2Type1
from .article_language_source_type_3_type_1 import ArticleLanguageSourceType3Type1
from .article_status import ArticleStatus
from .evidence import Evidence
from .group import Group
from .health import Health
from .health_checks import HealthChecks
from .health_status import HealthStatus
from .incident import Incident
from .incident_actor import IncidentActor
from .incident_actor_role import IncidentActorRole
from .incident_change import IncidentChange
from .incident_change_kind import IncidentChangeKind
from .incident_change_reason_type_1 import IncidentChangeReasonType1
from .incident_change_reason_type_2_type_1 import IncidentChangeReasonType2Type1
from .incident_change_reason_type_3_type_1 import IncidentChangeReasonType3Type1
from .incident_changes import IncidentChanges
from .incident_date_precision_type_1 import IncidentDatePrecisionType1
from .incident_date_precision_type_2_type_1 import IncidentDatePrecisionType2Type1
from .incident_date_precision_type_3_type_1 import IncidentDatePrecisionType3Type1
from .incident_location import IncidentLocation
from .incident_location_precision import IncidentLocationPrecision
from .incident_page import IncidentPage
from .incident_report import IncidentReport
from .incident_report_date_precision_type_1 import IncidentReportDatePrecisionType1
from .incident_report_date_precision_type_2_type_1 import IncidentReportDatePrecisionType2Type1
from .incident_report_date_precision_type_3_type_1 import IncidentReportDatePrecisionType3Type1
from .incident_report_fatalities_used_item import IncidentReportFatalitiesUsedItem
from .incident_stats import IncidentStats
from .incident_stats_group_by import IncidentStatsGroupBy
from .job import Job
from .job_page import JobPage
from .job_status import JobStatus
from .list_incidents_format_type_1 import ListIncidentsFormatType1
from .list_incidents_format_type_2_type_1 import ListIncidentsFormatType2Type1
from .list_incidents_format_type_3_type_1 import ListIncidentsFormatType3Type1
from .list_incidents_sort import ListIncidentsSort
from .list_jobs_status_type_1 import ListJobsStatusType1
from .list_jobs_status_type_2_type_1 import ListJobsStatusType2Type1
from .list_jobs_status_type_3_type_1 import ListJobsStatusType3Type1
from .location import Location
from .location_page import LocationPage
from .location_precision import LocationPrecision
from .merged import Merged
from .near_match import NearMatch
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .report_page import ReportPage
from .report_with_evidence import ReportWithEvidence
from .report_with_evidence_date_precision_type_1 import ReportWithEvidenceDatePrecisionType1
from .report_with_evidence_date_precision_type_2_type_1 import ReportWithEvidenceDatePrecisionType2Type1
from .report_with_evidence_date_precision_type_3_type_1 import ReportWithEvidenceDatePrecisionType3Type1
from .report_with_evidence_fatalities_used_item import ReportWithEvidenceFatalitiesUsedItem

__all__ = (
    "Actor",
    "ActorEventTypes",
    "ActorPage",
    "Article",
    "ArticleIn",
    "ArticleLanguageSourceType1",
    "ArticleLanguageSourceType2Type1",
    "ArticleLanguageSourceType3Type1",
    "ArticleStatus",
    "Evidence",
    "Group",
    "Health",
    "HealthChecks",
    "HealthStatus",
    "Incident",
    "IncidentActor",
    "IncidentActorRole",
    "IncidentChange",
    "IncidentChangeKind",
    "IncidentChangeReasonType1",
    "IncidentChangeReasonType2Type1",
    "IncidentChangeReasonType3Type1",
    "IncidentChanges",
    "IncidentDatePrecisionType1",
    "IncidentDatePrecisionType2Type1",
    "IncidentDatePrecisionType3Type1",
    "IncidentLocation",
    "IncidentLocationPrecision",
    "IncidentPage",
    "IncidentReport",
    "IncidentReportDatePrecisionType1",
    "IncidentReportDatePrecisionType2Type1",
    "IncidentReportDatePrecisionType3Type1",
    "IncidentReportFatalitiesUsedItem",
    "IncidentStats",
    "IncidentStatsGroupBy",
    "Job",
    "JobPage",
    "JobStatus",
    "ListIncidentsFormatType1",
    "ListIncidentsFormatType2Type1",
    "ListIncidentsFormatType3Type1",
    "ListIncidentsSort",
    "ListJobsStatusType1",
    "ListJobsStatusType2Type1",
    "ListJobsStatusType3Type1",
    "Location",
    "LocationPage",
    "LocationPrecision",
    "Merged",
    "NearMatch",
    "Problem",
    "ProblemErrorsItem",
    "ReportPage",
    "ReportWithEvidence",
    "ReportWithEvidenceDatePrecisionType1",
    "ReportWithEvidenceDatePrecisionType2Type1",
    "ReportWithEvidenceDatePrecisionType3Type1",
    "ReportWithEvidenceFatalitiesUsedItem",
)
