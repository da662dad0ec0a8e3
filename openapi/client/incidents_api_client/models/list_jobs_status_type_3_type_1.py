from enum import StrEnum


class ListJobsStatusType3Type1(StrEnum):
    DONE = "done"
    FAILED = "failed"
    PROCESSING = "processing"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
