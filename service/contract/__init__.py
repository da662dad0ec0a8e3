"""The public v1 contract: the resources' shapes (`schemas`), the incident filters and sorts (`filters`) and ACLED's
taxonomy (`taxonomy`). A leaf: it imports msgspec and the standard library only, so that both the API (`api/`) and
the database layer (`db/`) depend on it, and neither on the other."""
