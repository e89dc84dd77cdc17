<?xml version="1.0" encoding="UTF-8"?>
<!--
  An information page (page name "info"; GET /over, /contact, /privacy,
  /toegankelijkheid, /help; everyone): its title from the catalogue
  (info.PAGE.title), the text the organisers keep under /beheer/teksten
  (markup.xsl) and when it was last changed. The footer of every page
  links them.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="markup.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t(concat('info.', info/@page, '.title'))"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-info">
    <h1><xsl:value-of select="c:t(concat('info.', info/@page, '.title'))"/></h1>
    <xsl:apply-templates select="info/content"/>
    <p class="cimolt-muted cimolt-info__changed">
      <xsl:value-of select="c:t('info.changed')"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="info/@saved"/></xsl:call-template>
    </p>
    <xsl:if test="/page/user/@role = 'organiser' or /page/user/@role = 'admin'">
      <p>
        <a class="utrecht-link" href="/beheer/teksten/{info/@page}">
          <xsl:value-of select="c:t('info.edit')"/>
        </a>
      </p>
    </xsl:if>
  </div>
</xsl:template>

</xsl:stylesheet>
