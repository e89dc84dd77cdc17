<?xml version="1.0" encoding="UTF-8"?>
<!--
  The attendance list of an event (page name "attendance", GET
  /beheer/programma/{id}/presentielijst), made to be printed on A4:
    <event .../>
    <registrations><organisation id name confirmed waiting>
      <registration id status="confirmed" name email job-title organisation created/>...
    </organisation>...</registrations>
  The confirmed registrations by municipality, then by name, each with a
  box to sign (one per session, numbered as the sessions are listed, for
  an event of several sessions), and a few empty rows for those who come unannounced (on
  paper only). cimolt.css prints the list without the header, menu and
  footer (body.cimolt-page-attendance).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<!-- Empty rows at the end of the printed list. -->
<xsl:variable name="blank-rows" select="6"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('attendance.title', event/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="rows" select="registrations/organisation/registration"/>
  <xsl:variable name="sessions" select="event/sessions/session"/>
  <!-- a box to sign for each session, or one -->
  <xsl:variable name="signs">
    <xsl:choose>
      <xsl:when test="count($sessions) &gt; 1"><xsl:value-of select="count($sessions)"/></xsl:when>
      <xsl:otherwise>1</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <div class="cimolt-no-print">
    <p class="cimolt-back">
      <a class="utrecht-link" href="/beheer/programma/{event/@id}"><xsl:value-of select="c:t('attendance.back')"/></a>
    </p>
    <p class="cimolt-note"><xsl:value-of select="c:t('attendance.print-hint')"/></p>
  </div>
  <h1>
    <xsl:value-of select="c:t('attendance.heading')"/>
    <span class="cimolt-visually-hidden">: </span>
    <span class="cimolt-heading-sub">
      <xsl:for-each select="event/title">
        <xsl:call-template name="c:data-lang"/>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </span>
  </h1>
  <xsl:for-each select="event">
    <dl class="cimolt-facts cimolt-facts--plain cimolt-attendance-facts">
      <xsl:choose>
        <xsl:when test="count(sessions/session) &gt; 1">
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('event.sessions')"/></dt>
            <dd>
              <ol class="cimolt-sessions">
                <xsl:call-template name="session-items"/>
              </ol>
            </dd>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('event.when')"/></dt>
            <dd>
              <time datetime="{start/@date}T{substring(start/@time, 1, 5)}">
                <xsl:value-of select="c:when(.)"/>
              </time>
            </dd>
          </div>
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('event.where')"/></dt>
            <dd><xsl:call-template name="where"/></dd>
          </div>
        </xsl:otherwise>
      </xsl:choose>
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('attendance.count')"/></dt>
        <dd><xsl:value-of select="count($rows)"/></dd>
      </div>
    </dl>
  </xsl:for-each>
  <xsl:choose>
    <xsl:when test="$rows">
      <table class="cimolt-table cimolt-attendance">
        <xsl:if test="$signs &gt; 1">
          <xsl:attribute name="class">cimolt-table cimolt-attendance cimolt-attendance--sessions</xsl:attribute>
        </xsl:if>
        <caption><xsl:value-of select="c:t('attendance.caption', count($rows))"/></caption>
        <thead>
          <tr>
            <th scope="col" class="cimolt-table__number cimolt-attendance__n">
              <span aria-hidden="true">#</span>
              <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('attendance.col.number')"/></span>
            </th>
            <th scope="col" class="cimolt-attendance__name"><xsl:value-of select="c:t('registration.name')"/></th>
            <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
            <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
            <xsl:choose>
              <xsl:when test="$signs &gt; 1">
                <xsl:for-each select="$sessions">
                  <th scope="col" class="cimolt-attendance__sign"><xsl:value-of select="c:t('attendance.signature.session', position())"/></th>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <th scope="col" class="cimolt-attendance__sign"><xsl:value-of select="c:t('attendance.signature')"/></th>
              </xsl:otherwise>
            </xsl:choose>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr>
              <td class="cimolt-table__number"><xsl:value-of select="position()"/></td>
              <th scope="row"><xsl:value-of select="@name"/></th>
              <td><xsl:value-of select="@organisation"/></td>
              <td><xsl:value-of select="@job-title"/></td>
              <xsl:call-template name="sign-cells">
                <xsl:with-param name="n" select="$signs"/>
              </xsl:call-template>
            </tr>
          </xsl:for-each>
          <xsl:call-template name="blank-rows">
            <xsl:with-param name="n" select="$blank-rows"/>
            <xsl:with-param name="signs" select="$signs"/>
          </xsl:call-template>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('attendance.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- n empty rows, printed only (on screen they would be empty cells to
     read out). -->
<xsl:template name="blank-rows">
  <xsl:param name="n"/>
  <xsl:param name="signs"/>
  <xsl:if test="$n &gt; 0">
    <tr class="cimolt-print-only">
      <td class="cimolt-table__number"></td>
      <td></td>
      <td></td>
      <td></td>
      <xsl:call-template name="sign-cells">
        <xsl:with-param name="n" select="$signs"/>
      </xsl:call-template>
    </tr>
    <xsl:call-template name="blank-rows">
      <xsl:with-param name="n" select="$n - 1"/>
      <xsl:with-param name="signs" select="$signs"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- n empty boxes to sign. -->
<xsl:template name="sign-cells">
  <xsl:param name="n"/>
  <xsl:if test="$n &gt; 0">
    <td class="cimolt-attendance__sign"></td>
    <xsl:call-template name="sign-cells">
      <xsl:with-param name="n" select="$n - 1"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
