"""Graph: merging records across articles, the NetworkX graph, and the query API."""
