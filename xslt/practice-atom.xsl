<?xml version="1.0" encoding="UTF-8"?>
<!-- Page "practice-atom" (issue 7): being written. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:output method="xml" encoding="UTF-8" media-type="application/atom+xml"/>

<xsl:template match="/">
  <feed/>
</xsl:template>

</xsl:stylesheet>
