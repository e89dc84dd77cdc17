<?xml version="1.0" encoding="UTF-8"?>
<!--
  A municipality's advice requests (page name "advice-requests", GET
  /advies/aanvragen): every request of the municipality, newest first,
  each a link to its conversation with the organisers,
    <requests><request id topic contact status created requester>the
      question</request>...</requests>
  (the table of advice-request.xsl), and a link to ask a new question.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="advice-request.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('advice.requests.page')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back"><a class="utrecht-link" href="/advies"><xsl:value-of select="c:t('advice.back')"/></a></p>
  <h1><xsl:value-of select="c:t('advice.requests.page')"/></h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('advice.requests.lead')"/></p>
  <p><a class="utrecht-link" href="/advies/aanvraag"><xsl:value-of select="c:t('advice.requests.new')"/></a></p>
  <xsl:choose>
    <xsl:when test="requests/request">
      <xsl:call-template name="request-table">
        <xsl:with-param name="rows" select="requests/request"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('advice.requests.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
