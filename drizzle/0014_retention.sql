-- retention: reserved for this capability's tables (filled by its change).
SELECT 1;
