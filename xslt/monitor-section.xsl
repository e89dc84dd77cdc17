<?xml version="1.0" encoding="UTF-8"?>
<!--
  One section of the monitor (page name "monitor-section", GET/POST
  /monitor/{year}/{section}): the form with this section's questions, the
  way to the previous and next section, and the index of all sections
  with their progress (the current one marked).

  The document holds the round (<round> with its <section>s, the shown
  one current="yes"), <previous> and <next> section ids, and
    <form name="section" action version level>
      <q:section> as the questionnaire has it: <q:title>, <q:intro>,
        <q:question id type unit? min? max?> with <q:text>, <q:help>,
        <q:descriptor value> (maturity), <q:option value><q:label>
      <answer question value? dont-know? prefilled? last-year?
        last-year-dont-know?/>  stored, or as typed after an error;
        prefilled: copied from last year and not yet checked; last-year:
        last year's figure of an amount or count, which is never copied
      <error question key arg? arg2?/>  next to its question
      <error key/>  of the form: a colleague saved meanwhile (409, the
        typed answers come back), the round is submitted (409)
    </form>
  Fields: the question's id, with "?" for "weet ik niet" on maturity,
  yes/no and choice questions, and a checkbox ID-weetniet on the others;
  versie (the section's version); verder=ja saves and goes on;
  gecontroleerd=ja (a checkbox, shown while the section has copied
  answers) confirms them: without it a copied answer sent back
  unchanged stays unchecked and does not count as answered.

  Accessibility: one fieldset with a legend per question picked from
  radio buttons; help, the prefilled mark and the error are tied to the
  fieldset or input with aria-describedby; errors stand next to their
  question and in a summary at the top that links to the first control
  and gets the focus. A submitted round shows its answers, read only.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:variable name="f" select="/page/form[@name = 'section']"/>
<xsl:variable name="year" select="string(/page/round/@year)"/>
<xsl:variable name="locked" select="/page/round/@status = 'submitted'"/>

<xsl:template match="page" mode="c:title">
  <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:title"/></xsl:call-template>
  <xsl:text> – </xsl:text>
  <xsl:value-of select="c:t('monitor.round', $year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="current" select="round/section[@current = 'yes']"/>
  <p class="cimolt-back"><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <div class="cimolt-monitor">
    <div class="cimolt-monitor__section">
      <p class="cimolt-monitor__where">
        <xsl:value-of select="c:t('monitor.section-of', count($current/preceding-sibling::section) + 1, count(round/section))"/>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="c:t(concat('level.', $f/@level))"/>
        <xsl:text> · </xsl:text>
        <a class="utrecht-link cimolt-no-print" href="#sections"><xsl:value-of select="c:t('monitor.all-sections')"/></a>
      </p>
      <h1>
        <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:title"/></xsl:call-template>
      </h1>
      <xsl:for-each select="$current">
        <div class="cimolt-monitor__progress"><xsl:call-template name="progress"/></div>
      </xsl:for-each>
      <xsl:for-each select="$f/q:section/q:intro">
        <xsl:if test="lang($c:lang) or not(../q:intro[lang($c:lang)]) and position() = 1">
          <p class="cimolt-monitor__intro"><xsl:value-of select="."/></p>
        </xsl:if>
      </xsl:for-each>
      <xsl:call-template name="form-errors"/>
      <xsl:if test="not($locked) and $current/@unconfirmed">
        <div class="utrecht-alert utrecht-alert--warning cimolt-alert cimolt-unconfirmed" id="section-unconfirmed">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <p><xsl:value-of select="c:t('monitor.unconfirmed.section', $current/@unconfirmed)"/></p>
            </div>
          </div>
        </div>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$locked">
          <xsl:call-template name="read-only"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="section-form"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="pager"/>
    </div>
    <xsl:call-template name="index"/>
  </div>
</xsl:template>

<!-- Errors of the form as a whole (a colleague saved this section
     meanwhile; the round was submitted): nothing was saved. The focus
     goes here when the page loads. -->
<xsl:template name="form-errors">
  <xsl:if test="$f/error[not(@question)]">
    <div class="utrecht-alert utrecht-alert--warning cimolt-alert cimolt-conflict" id="section-conflict" tabindex="-1" autofocus="autofocus">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('monitor.not-saved')"/></h2>
          <xsl:for-each select="$f/error[not(@question)]">
            <p><xsl:value-of select="c:t(@key)"/></p>
          </xsl:for-each>
        </div>
      </div>
    </div>
  </xsl:if>
</xsl:template>

<!-- The form: the error summary, the questions, the save buttons. -->
<xsl:template name="section-form">
  <form class="utrecht-form cimolt-form cimolt-monitor-form" method="post" action="{$f/@action}" novalidate="novalidate">
    <xsl:if test="$f/error[@question]">
      <div class="utrecht-alert utrecht-alert--error cimolt-error-summary" id="section-errors" tabindex="-1">
        <xsl:if test="not($f/error[not(@question)])">
          <xsl:attribute name="autofocus">autofocus</xsl:attribute>
        </xsl:if>
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h2 class="cimolt-error-summary__title"><xsl:value-of select="c:t('form.errors.title')"/></h2>
            <ul class="cimolt-error-summary__list">
              <xsl:for-each select="$f/error[@question]">
                <xsl:variable name="id" select="@question"/>
                <li>
                  <a href="#{c:first-control($f/q:section/q:question[@id = $id])}"><xsl:call-template name="error-text"/></a>
                </li>
              </xsl:for-each>
            </ul>
          </div>
        </div>
      </div>
    </xsl:if>
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
    <input type="hidden" name="versie" value="{$f/@version}"/>
    <p class="cimolt-monitor-form__note"><xsl:value-of select="c:t('monitor.dont-know.note')"/></p>
    <p><a class="utrecht-link" href="/help"><xsl:value-of select="c:t('monitor.help')"/></a></p>
    <xsl:apply-templates select="$f/q:section/q:question"/>
    <xsl:if test="$f/answer[@prefilled = 'yes']">
      <div class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field--checkbox cimolt-confirm">
        <div class="utrecht-form-field__input">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="gecontroleerd" name="gecontroleerd" value="ja" aria-describedby="gecontroleerd-help"/>
        </div>
        <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="gecontroleerd"><xsl:value-of select="c:t('monitor.confirm')"/></label>
        </div>
        <div class="utrecht-form-field-description" id="gecontroleerd-help"><xsl:value-of select="c:t('monitor.confirm.help')"/></div>
      </div>
    </xsl:if>
    <div class="cimolt-form__actions cimolt-actions">
      <button type="submit" class="utrecht-button utrecht-button--primary-action" name="verder" value="ja">
        <xsl:choose>
          <xsl:when test="/page/next"><xsl:value-of select="c:t('monitor.save-next')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('monitor.save-submit')"/></xsl:otherwise>
        </xsl:choose>
      </button>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        <xsl:value-of select="c:t('monitor.save')"/>
      </button>
    </div>
  </form>
</xsl:template>

<!-- The id of the control a link to a question goes to: its input, or
     its first radio button. -->
<func:function name="c:first-control">
  <xsl:param name="question"/>
  <xsl:variable name="id" select="string($question/@id)"/>
  <xsl:choose>
    <xsl:when test="$question/@type = 'maturity'">
      <func:result select="concat('q-', $id, '-opt-', ($question/q:descriptor/@value)[1])"/>
    </xsl:when>
    <xsl:when test="$question/@type = 'yesno'">
      <func:result select="concat('q-', $id, '-opt-ja')"/>
    </xsl:when>
    <xsl:when test="$question/@type = 'choice'">
      <func:result select="concat('q-', $id, '-opt-', $question/q:option[1]/@value)"/>
    </xsl:when>
    <xsl:otherwise><func:result select="concat('q-', $id)"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- The message of a question's error (context: <error question>). The
     bounds of a number are written the way the page writes numbers. -->
<xsl:template name="error-text">
  <xsl:variable name="id" select="@question"/>
  <xsl:variable name="text">
    <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:question[@id = $id]/q:text"/></xsl:call-template>
  </xsl:variable>
  <xsl:value-of select="c:t(@key, $text, c:whole(@arg), c:whole(@arg2))"/>
</xsl:template>

<!-- One question: a fieldset of radio buttons for the kinds one picks,
     a labelled input for numbers and text. -->
<xsl:template match="q:question">
  <xsl:variable name="id" select="@id"/>
  <xsl:variable name="a" select="$f/answer[@question = $id]"/>
  <xsl:variable name="err" select="$f/error[@question = $id]"/>
  <xsl:variable name="describedby">
    <xsl:if test="q:help"><xsl:value-of select="concat('q-', $id, '-help ')"/></xsl:if>
    <xsl:if test="@unit = 'euro' or @type = 'percentage'"><xsl:value-of select="concat('q-', $id, '-format ')"/></xsl:if>
    <xsl:if test="$a/@prefilled = 'yes'"><xsl:value-of select="concat('q-', $id, '-prefilled ')"/></xsl:if>
    <xsl:if test="$a/@last-year or $a/@last-year-dont-know"><xsl:value-of select="concat('q-', $id, '-last ')"/></xsl:if>
    <xsl:if test="$err"><xsl:value-of select="concat('q-', $id, '-error')"/></xsl:if>
  </xsl:variable>
  <div id="q-{$id}-block">
    <xsl:attribute name="class">
      <xsl:text>cimolt-question cimolt-question--</xsl:text>
      <xsl:value-of select="@type"/>
      <xsl:if test="$err"> cimolt-question--invalid</xsl:if>
      <xsl:if test="$a/@prefilled = 'yes'"> cimolt-question--prefilled</xsl:if>
    </xsl:attribute>
    <xsl:choose>
      <xsl:when test="@type = 'maturity' or @type = 'yesno' or @type = 'choice'">
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-question__fieldset" id="q-{$id}">
          <xsl:if test="normalize-space($describedby)">
            <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
          </xsl:if>
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend cimolt-question__text">
            <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
          </legend>
          <xsl:call-template name="help-and-error"/>
          <div class="cimolt-question__options">
            <xsl:choose>
              <xsl:when test="@type = 'maturity'">
                <xsl:for-each select="q:descriptor[lang($c:lang) or not(../q:descriptor[lang($c:lang)])]">
                  <xsl:call-template name="radio">
                    <xsl:with-param name="value" select="@value"/>
                    <xsl:with-param name="label" select="."/>
                    <xsl:with-param name="level" select="@value"/>
                    <xsl:with-param name="answer" select="$a"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:when>
              <xsl:when test="@type = 'yesno'">
                <xsl:call-template name="radio">
                  <xsl:with-param name="value" select="'ja'"/>
                  <xsl:with-param name="label" select="c:t('monitor.yes')"/>
                  <xsl:with-param name="answer" select="$a"/>
                </xsl:call-template>
                <xsl:call-template name="radio">
                  <xsl:with-param name="value" select="'nee'"/>
                  <xsl:with-param name="label" select="c:t('monitor.no')"/>
                  <xsl:with-param name="answer" select="$a"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="q:option">
                  <xsl:variable name="label">
                    <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:label"/></xsl:call-template>
                  </xsl:variable>
                  <xsl:call-template name="radio">
                    <xsl:with-param name="value" select="@value"/>
                    <xsl:with-param name="label" select="$label"/>
                    <xsl:with-param name="answer" select="$a"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="radio">
              <xsl:with-param name="value" select="'?'"/>
              <xsl:with-param name="label" select="c:t('monitor.dont-know')"/>
              <xsl:with-param name="answer" select="$a"/>
            </xsl:call-template>
          </div>
        </fieldset>
      </xsl:when>
      <xsl:otherwise>
        <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field cimolt-question__field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label cimolt-question__text" for="q-{$id}">
              <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
            </label>
          </div>
          <xsl:call-template name="help-and-error"/>
          <xsl:choose>
            <xsl:when test="@type = 'text'">
              <div class="utrecht-form-field__input">
                <!-- The HTML parser drops one line break right after
                     <textarea>: one is written first (forms.xsl). -->
                <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="q-{$id}" name="{$id}" rows="4">
                  <xsl:call-template name="control-attributes">
                    <xsl:with-param name="describedby" select="$describedby"/>
                    <xsl:with-param name="err" select="$err"/>
                    <xsl:with-param name="class" select="'utrecht-textarea utrecht-textarea--html-textarea'"/>
                  </xsl:call-template>
                  <xsl:text>&#10;</xsl:text>
                  <xsl:value-of select="$a/@value"/>
                </textarea>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <div class="utrecht-form-field__input cimolt-amount cimolt-amount--{@unit}{@type[. = 'percentage']}">
                <xsl:if test="@unit = 'euro'">
                  <span class="cimolt-amount__sign cimolt-amount__sign--before" aria-hidden="true">€</span>
                </xsl:if>
                <input class="utrecht-textbox utrecht-textbox--html-input cimolt-amount__input" type="text"
                    inputmode="numeric" autocomplete="off" spellcheck="false" id="q-{$id}" name="{$id}">
                  <xsl:if test="$a/@value">
                    <xsl:attribute name="value">
                      <xsl:choose>
                        <xsl:when test="@type = 'number'"><xsl:value-of select="c:whole($a/@value)"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="$a/@value"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:attribute>
                  </xsl:if>
                  <xsl:call-template name="control-attributes">
                    <xsl:with-param name="describedby" select="$describedby"/>
                    <xsl:with-param name="err" select="$err"/>
                    <xsl:with-param name="class" select="'utrecht-textbox utrecht-textbox--html-input cimolt-amount__input'"/>
                  </xsl:call-template>
                </input>
                <xsl:if test="@type = 'percentage'">
                  <span class="cimolt-amount__sign cimolt-amount__sign--after" aria-hidden="true">%</span>
                </xsl:if>
              </div>
            </xsl:otherwise>
          </xsl:choose>
          <div class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field--checkbox cimolt-dont-know">
            <div class="utrecht-form-field__input">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="q-{$id}-weetniet" name="{$id}-weetniet" value="ja">
                <xsl:if test="$a/@dont-know = 'yes'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <label class="utrecht-form-label utrecht-form-label--checkbox" for="q-{$id}-weetniet"><xsl:value-of select="c:t('monitor.dont-know')"/></label>
            </div>
          </div>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- aria-describedby, and for a question with an error aria-invalid and
     the component's invalid class, on an input or textarea. -->
<xsl:template name="control-attributes">
  <xsl:param name="describedby"/>
  <xsl:param name="err"/>
  <xsl:param name="class"/>
  <xsl:if test="normalize-space($describedby)">
    <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
  </xsl:if>
  <xsl:if test="$err">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
    <xsl:attribute name="class">
      <xsl:value-of select="$class"/>
      <xsl:choose>
        <xsl:when test="contains($class, 'textarea')"> utrecht-textarea--invalid</xsl:when>
        <xsl:otherwise> utrecht-textbox--invalid</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- A question's help text, prefilled mark and error (context: question). -->
<xsl:template name="help-and-error">
  <xsl:variable name="id" select="@id"/>
  <xsl:if test="q:help">
    <div class="utrecht-form-field-description cimolt-question__help" id="q-{$id}-help">
      <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:help"/></xsl:call-template>
    </div>
  </xsl:if>
  <xsl:if test="@unit = 'euro' or @type = 'percentage'">
    <div class="utrecht-form-field-description cimolt-question__format" id="q-{$id}-format">
      <xsl:value-of select="c:t(concat('monitor.format.', @unit, @type[. = 'percentage']))"/>
    </div>
  </xsl:if>
  <xsl:for-each select="$f/answer[@question = $id][@last-year or @last-year-dont-know]">
    <p class="utrecht-form-field-description cimolt-last-year" id="q-{$id}-last">
      <xsl:choose>
        <xsl:when test="@last-year-dont-know"><xsl:value-of select="c:t('monitor.last-year', $year - 1, c:t('monitor.dont-know'))"/></xsl:when>
        <xsl:when test="$f/q:section/q:question[@id = $id]/@unit = 'euro'"><xsl:value-of select="c:t('monitor.last-year', $year - 1, c:t('monitor.euro', c:whole(@last-year)))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('monitor.last-year', $year - 1, c:whole(@last-year))"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:for-each>
  <xsl:if test="$f/answer[@question = $id]/@prefilled = 'yes'">
    <p class="cimolt-prefilled" id="q-{$id}-prefilled">
      <span class="cimolt-status cimolt-status--prefilled"><xsl:value-of select="c:t('monitor.prefilled-badge')"/></span>
      <xsl:text> </xsl:text>
      <xsl:value-of select="c:t('monitor.prefilled-mark')"/>
    </p>
  </xsl:if>
  <xsl:if test="$f/error[@question = $id]">
    <div class="utrecht-form-field-error-message cimolt-question__error" id="q-{$id}-error">
      <xsl:for-each select="$f/error[@question = $id]">
        <p>
          <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
          <xsl:call-template name="error-text"/>
        </p>
      </xsl:for-each>
    </div>
  </xsl:if>
</xsl:template>

<!-- One radio button of a question, checked when it is the answer; a
     maturity level shows its number before the descriptor. -->
<xsl:template name="radio">
  <xsl:param name="value"/>
  <xsl:param name="label"/>
  <xsl:param name="level" select="''"/>
  <xsl:param name="answer"/>
  <xsl:variable name="qid" select="ancestor-or-self::q:question/@id"/>
  <xsl:variable name="rid">
    <xsl:choose>
      <xsl:when test="$value = '?'"><xsl:value-of select="concat('q-', $qid, '-weetniet')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('q-', $qid, '-opt-', $value)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <div class="utrecht-form-field utrecht-form-field--radio cimolt-radio">
    <xsl:if test="$value = '?'">
      <xsl:attribute name="class">utrecht-form-field utrecht-form-field--radio cimolt-radio cimolt-radio--dont-know</xsl:attribute>
    </xsl:if>
    <div class="utrecht-form-field__input">
      <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="{$rid}" name="{$qid}" value="{$value}">
        <xsl:if test="($value = '?' and $answer/@dont-know = 'yes') or ($value != '?' and not($answer/@dont-know = 'yes') and $answer/@value = $value)">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
    </div>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label utrecht-form-label--radio" for="{$rid}">
        <xsl:if test="$level != ''">
          <span class="cimolt-radio__level"><xsl:value-of select="$level"/></span>
          <span class="cimolt-visually-hidden">: </span>
        </xsl:if>
        <xsl:value-of select="$label"/>
      </label>
    </div>
  </div>
</xsl:template>

<!-- A submitted round: the answers, read only. -->
<xsl:template name="read-only">
  <div class="utrecht-alert utrecht-alert--info cimolt-alert">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <p>
          <xsl:value-of select="c:t('monitor.locked')"/>
          <xsl:text> </xsl:text>
          <a class="utrecht-link" href="/monitor/{$year}/resultaat"><xsl:value-of select="c:t('monitor.to-result')"/></a>
        </p>
      </div>
    </div>
  </div>
  <dl class="cimolt-answers">
    <xsl:for-each select="$f/q:section/q:question">
      <xsl:variable name="id" select="@id"/>
      <div class="cimolt-answers__row" id="q-{$id}-block">
        <dt><xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="answer-text">
            <xsl:with-param name="a" select="$f/answer[@question = $id]"/>
          </xsl:call-template>
        </dd>
      </div>
    </xsl:for-each>
  </dl>
</xsl:template>

<!-- The answer to a question (context: q:question) in words. -->
<xsl:template name="answer-text">
  <xsl:param name="a"/>
  <xsl:variable name="v" select="string($a/@value)"/>
  <xsl:choose>
    <xsl:when test="$a/@dont-know = 'yes'"><xsl:value-of select="c:t('monitor.dont-know')"/></xsl:when>
    <xsl:when test="not($a/@value)"><span class="cimolt-muted"><xsl:value-of select="c:t('monitor.unanswered')"/></span></xsl:when>
    <xsl:when test="@type = 'maturity'">
      <span class="cimolt-radio__level"><xsl:value-of select="$v"/></span>
      <span class="cimolt-visually-hidden">: </span>
      <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:descriptor[@value = $v]"/></xsl:call-template>
    </xsl:when>
    <xsl:when test="@type = 'yesno' and $v = 'ja'"><xsl:value-of select="c:t('monitor.yes')"/></xsl:when>
    <xsl:when test="@type = 'yesno'"><xsl:value-of select="c:t('monitor.no')"/></xsl:when>
    <xsl:when test="@type = 'choice'">
      <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:option[@value = $v]/q:label"/></xsl:call-template>
    </xsl:when>
    <xsl:when test="@type = 'number' and @unit = 'euro'"><xsl:value-of select="c:t('monitor.euro', c:whole($v))"/></xsl:when>
    <xsl:when test="@type = 'number'"><xsl:value-of select="c:whole($v)"/></xsl:when>
    <xsl:when test="@type = 'percentage'"><xsl:value-of select="c:t('monitor.percent', $v)"/></xsl:when>
    <xsl:otherwise><span class="cimolt-lines"><xsl:value-of select="$v"/></span></xsl:otherwise>
  </xsl:choose>
  <xsl:if test="$a/@prefilled = 'yes'">
    <xsl:text> </xsl:text>
    <span class="cimolt-status cimolt-status--prefilled"><xsl:value-of select="c:t('monitor.prefilled-badge')"/></span>
  </xsl:if>
</xsl:template>

<!-- Previous and next section, by title. -->
<xsl:template name="pager">
  <xsl:if test="/page/previous or /page/next">
    <nav class="cimolt-pager cimolt-no-print" aria-label="{c:t('monitor.pager')}">
      <xsl:for-each select="/page/previous">
        <xsl:variable name="id" select="string(.)"/>
        <a class="utrecht-link cimolt-pager__link cimolt-pager__link--previous" href="/monitor/{$year}/{$id}" rel="prev">
          <span class="cimolt-pager__dir"><xsl:value-of select="c:t('monitor.previous')"/></span>
          <xsl:for-each select="/page/round/section[@id = $id]"><xsl:call-template name="section-title"/></xsl:for-each>
        </a>
      </xsl:for-each>
      <xsl:for-each select="/page/next">
        <xsl:variable name="id" select="string(.)"/>
        <a class="utrecht-link cimolt-pager__link cimolt-pager__link--next" href="/monitor/{$year}/{$id}" rel="next">
          <span class="cimolt-pager__dir"><xsl:value-of select="c:t('monitor.next')"/></span>
          <xsl:for-each select="/page/round/section[@id = $id]"><xsl:call-template name="section-title"/></xsl:for-each>
        </a>
      </xsl:for-each>
    </nav>
  </xsl:if>
</xsl:template>

<!-- The index of the sections by level, with progress; the current one
     marked with aria-current. -->
<xsl:template name="index">
  <nav class="cimolt-monitor__index cimolt-no-print" id="sections" aria-labelledby="sections-title">
    <h2 class="cimolt-monitor__index-title" id="sections-title"><xsl:value-of select="c:t('monitor.sections', $year)"/></h2>
    <xsl:for-each select="/page/round/section[not(@level = preceding-sibling::section/@level)]">
      <xsl:variable name="level" select="@level"/>
      <h3 class="cimolt-monitor__level"><xsl:value-of select="c:t(concat('level.', $level))"/></h3>
      <ol class="cimolt-steps" start="{count(preceding-sibling::section) + 1}">
        <xsl:for-each select="../section[@level = $level]">
          <li>
            <xsl:attribute name="class">
              <xsl:text>cimolt-steps__item</xsl:text>
              <xsl:if test="@current = 'yes'"> cimolt-steps__item--current</xsl:if>
              <xsl:if test="@answered = @total and number(@total) &gt; 0"> cimolt-steps__item--done</xsl:if>
            </xsl:attribute>
            <a class="utrecht-link cimolt-steps__link" href="/monitor/{$year}/{@id}">
              <xsl:if test="@current = 'yes'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:call-template name="section-title"/>
            </a>
            <span class="cimolt-steps__progress"><xsl:value-of select="c:t('monitor.progress.short', @answered, @total)"/></span>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:for-each>
  </nav>
</xsl:template>

</xsl:stylesheet>
