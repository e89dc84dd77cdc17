-- A municipality's exact rank in its peer groups is no longer computed or
-- shown (it narrows other municipalities' scores): its cache goes.
DROP TABLE IF EXISTS peer_positions;
