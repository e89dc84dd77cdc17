<?xml version="1.0" encoding="UTF-8"?>
<!--
  The audit log (page name "audit", GET /beheer/audit; administrators):
  <entries><entry at actor action subject-type subject-id detail/>...
  </entries>, newest first as given. Known actions and subject types are
  named in words (catalogue keys audit.action.ACTION, audit.subject.TYPE),
  others show their code; the detail is shown as written.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:variable name="known-actions" select="concat(' user.created user.disabled',
    ' user.profile user.password user.password_reset user.invitation_taken',
    ' outbox.retry info.saved info.restored ')"/>
<xsl:variable name="known-subjects" select="' user outbox info_revision '"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('audit.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('audit.title')"/></h1>
  <p><xsl:value-of select="c:t('audit.lead')"/></p>
  <xsl:choose>
    <xsl:when test="entries/entry">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('audit.caption', count(entries/entry))"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('audit.col.at')"/></th>
            <th scope="col"><xsl:value-of select="c:t('audit.col.actor')"/></th>
            <th scope="col"><xsl:value-of select="c:t('audit.col.action')"/></th>
            <th scope="col"><xsl:value-of select="c:t('audit.col.subject')"/></th>
            <th scope="col"><xsl:value-of select="c:t('audit.col.detail')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="entries/entry">
            <tr>
              <td class="cimolt-nowrap">
                <xsl:call-template name="c:timestamp">
                  <xsl:with-param name="s" select="@at"/>
                </xsl:call-template>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="normalize-space(@actor)"><xsl:value-of select="@actor"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('audit.system')"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="contains($known-actions, concat(' ', @action, ' '))">
                    <xsl:value-of select="c:t(concat('audit.action.', @action))"/>
                  </xsl:when>
                  <xsl:otherwise><code><xsl:value-of select="@action"/></code></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="contains($known-subjects, concat(' ', @subject-type, ' '))">
                    <xsl:value-of select="c:t(concat('audit.subject.', @subject-type), @subject-id)"/>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:value-of select="@subject-type"/>
                    <xsl:if test="normalize-space(@subject-id)">
                      <xsl:value-of select="concat(' ', @subject-id)"/>
                    </xsl:if>
                  </xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="cimolt-break"><xsl:value-of select="@detail"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('audit.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
