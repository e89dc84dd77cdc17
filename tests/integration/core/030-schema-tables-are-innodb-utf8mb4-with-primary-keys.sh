# Every table of the migrated schema is InnoDB, utf8mb4 and has a primary
# key (what a Galera cluster needs, see DESIGN.md).
bad=$(sql "SELECT t.table_name FROM information_schema.tables t
	WHERE t.table_schema = DATABASE() AND (t.engine <> 'InnoDB'
	  OR t.table_collation NOT LIKE 'utf8mb4%'
	  OR NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
	    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
	      AND c.constraint_type = 'PRIMARY KEY'))")
assert_eq "$bad" "" "tables that are not InnoDB/utf8mb4 or lack a primary key"
n=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")
[ "$n" -ge 1 ] || fail "no tables after migrate"
