from enum import StrEnum


class ListJobsStatusType1(StrEnum):
    DONE = "done"
    FAILED = "failed"
    PROCESSING = "processing"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
