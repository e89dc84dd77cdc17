<?xml version="1.0" encoding="UTF-8"?>
<!-- Page "practice-form" (issue 7): being written. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

</xsl:stylesheet>
