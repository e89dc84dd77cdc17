<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' list of the information pages' texts (page name
  "texts-admin", GET /beheer/teksten): each page with when and by whom
  its Dutch and English texts were last saved, a link to edit them and
  one to the page itself.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="markup.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('texts.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('texts.title')"/></h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('texts.lead')"/></p>
  <table class="cimolt-table">
    <caption><xsl:value-of select="c:t('texts.caption')"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('texts.col.page')"/></th>
        <th scope="col"><xsl:value-of select="c:t('texts.col.nl')"/></th>
        <th scope="col"><xsl:value-of select="c:t('texts.col.en')"/></th>
        <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="texts/text">
        <tr>
          <th scope="row">
            <a class="utrecht-link" href="/{@page}">
              <xsl:value-of select="c:t(concat('info.', @page, '.title'))"/>
            </a>
          </th>
          <td><xsl:apply-templates select="revision[@lang = 'nl']" mode="saved"/></td>
          <td><xsl:apply-templates select="revision[@lang = 'en']" mode="saved"/></td>
          <td>
            <a class="utrecht-link" href="/beheer/teksten/{@page}">
              <xsl:value-of select="c:t('texts.edit')"/>
              <span class="cimolt-visually-hidden">
                <xsl:text> </xsl:text>
                <xsl:value-of select="c:t('form.button-context', c:t(concat('info.', @page, '.title')))"/>
              </span>
            </a>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

<!-- When a revision was saved, and by whom: no name for the texts that
     came with the software and for those of a user since erased. -->
<xsl:template match="revision" mode="saved">
  <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@saved"/></xsl:call-template>
  <span class="cimolt-table__sub cimolt-muted">
    <xsl:call-template name="c:text-author"/>
  </span>
</xsl:template>


</xsl:stylesheet>
