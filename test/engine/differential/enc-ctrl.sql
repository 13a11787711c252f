DROP TABLE t; /* [31m */
UPDATE t SET a = 1 /*   */;
	DELETE	FROM	t;
