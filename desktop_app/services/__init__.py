"""Use cases: each combines domain rules and storage in one transaction (`store.atomic()`)."""
