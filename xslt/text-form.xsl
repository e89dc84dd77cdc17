<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editing an information page's texts (page name "text-form", GET and POST
  /beheer/teksten/PAGE; organisers): how the markup works, the form with
  the Dutch and the English text (a save adds a revision for each text
  that changed), and the page's revisions, newest first, each linked to
  its own page where it can be restored.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="markup.xsl"/>

<xsl:variable name="title" select="c:t(concat('info.', /page/@page, '.title'))"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('text-form.title', $title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('text-form.title', $title)"/></h1>
  <p class="cimolt-intro">
    <xsl:value-of select="c:t('text-form.lead')"/>
    <xsl:text> </xsl:text>
    <a class="utrecht-link" href="/{@page}"><xsl:value-of select="c:t('text-form.view', $title)"/></a>
  </p>
  <section class="cimolt-section" aria-labelledby="markup-title">
    <h2 id="markup-title"><xsl:value-of select="c:t('text-form.markup')"/></h2>
    <ul class="cimolt-markup-guide">
      <li><code>## </code><xsl:value-of select="c:t('text-form.markup.heading')"/></li>
      <li><code>- </code><xsl:value-of select="c:t('text-form.markup.list')"/></li>
      <li><code>1. </code><xsl:value-of select="c:t('text-form.markup.numbered')"/></li>
      <li><code>**…**</code><xsl:text> </xsl:text><xsl:value-of select="c:t('text-form.markup.strong')"/></li>
      <li><code>*…*</code><xsl:text> </xsl:text><xsl:value-of select="c:t('text-form.markup.em')"/></li>
      <li><code>[…](https://…)</code><xsl:text> </xsl:text><xsl:value-of select="c:t('text-form.markup.link')"/></li>
      <li><xsl:value-of select="c:t('text-form.markup.paragraph')"/></li>
    </ul>
  </section>
  <xsl:apply-templates select="form[@name = 'text']"/>
  <section class="cimolt-section" aria-labelledby="revisions-title">
    <h2 id="revisions-title"><xsl:value-of select="c:t('text-form.revisions')"/></h2>
    <table class="cimolt-table">
      <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('text-form.revisions')"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="c:t('text-form.col.saved')"/></th>
          <th scope="col"><xsl:value-of select="c:t('text-form.col.lang')"/></th>
          <th scope="col"><xsl:value-of select="c:t('text-form.col.author')"/></th>
          <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="revisions/revision">
          <tr>
            <td>
              <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@saved"/></xsl:call-template>
              <xsl:if test="@restored-from">
                <span class="cimolt-table__sub cimolt-muted">
                  <xsl:value-of select="c:t('text-form.restored-from', @restored-from)"/>
                </span>
              </xsl:if>
            </td>
            <td><xsl:value-of select="c:t(concat('language.', @lang))"/></td>
            <td><xsl:call-template name="c:text-author"/></td>
            <td>
              <a class="utrecht-link" href="/beheer/teksten/revisie/{@id}">
                <xsl:value-of select="c:t('text-form.show', @id)"/>
              </a>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </section>
</xsl:template>

</xsl:stylesheet>
