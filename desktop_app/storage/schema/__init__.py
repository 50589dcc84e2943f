"""Schema migrations, one module per area. Names are recorded in the database: never rename one."""
