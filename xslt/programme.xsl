<?xml version="1.0" encoding="UTF-8"?>
<!--
  The programme page at /programma (page name "programme"): the same as the
  home page, which is the programme too.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

</xsl:stylesheet>
