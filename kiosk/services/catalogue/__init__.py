"""The shipped and local catalogue: procedures, apps, topics, queue services, villages (service); YAML checks."""
